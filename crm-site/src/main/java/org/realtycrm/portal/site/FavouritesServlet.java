package org.realtycrm.portal.site;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.platform.site.Pages;

/**
 * {@code POST /account/favourites} ({@code listingId}, {@code action} add or remove, {@code back}): saves a home for
 * the signed-in client or forgets it, then back to the page the button was on. Without a session: sign in, then
 * back to that page (a listing's), where the button is again.
 */
@WebServlet("/account/favourites")
public class FavouritesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String NOT_DONE = "Your saved homes were not changed";

    @Inject
    ClientPortal portal;

    @Inject
    ClientPosts posts;

    @Inject
    AccountPages accountPages;

    @Inject
    Pages pages;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<String> token = ClientCookie.token(request);
        if (token.isPresent() && posts.refused(request, response, token.get())) {
            return;
        }
        String back = LocalPath.of(request.getParameter("back")).orElse(AccountPages.ACCOUNT);
        if (token.isEmpty()) {
            accountPages.signInFirst(request, response, back);
            return;
        }
        String listing = request.getParameter("listingId");
        String action = request.getParameter("action");
        if (listing == null || !listing.matches("\\d{1,18}") || !("add".equals(action) || "remove".equals(action))) {
            pages.problem(request, response, HttpServletResponse.SC_BAD_REQUEST, NOT_DONE,
                    "The form did not say which home to save or remove.");
            return;
        }
        long listingId = Long.parseLong(listing);
        try {
            if ("remove".equals(action)) {
                portal.removeFavourite(token.get(), listingId);
            } else if (!portal.addFavourite(token.get(), listingId)) {
                pages.problem(request, response, HttpServletResponse.SC_NOT_FOUND, "This home is not on our site",
                        "It may have been sold or taken off the market, and cannot be saved. Search for others "
                                + "like it.");
                return;
            }
        } catch (SessionEndedException e) {
            accountPages.signInFirst(request, response, back);
            return;
        } catch (CoreUnavailableException e) {
            accountPages.unavailable(request, response, NOT_DONE);
            return;
        }
        // on the account page, where the home leaves the list, say what became of it
        accountPages.seeOther(request, response, AccountPages.ACCOUNT.equals(back) && "remove".equals(action)
                ? AccountPages.ACCOUNT + "?done=home-removed" : back);
    }
}
