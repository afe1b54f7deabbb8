package org.realtycrm.portal.site;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.platform.site.Pages;
import org.realtycrm.platform.site.SiteDataException;
import org.realtycrm.property.site.Listing;
import org.realtycrm.property.site.SiteListings;

/**
 * {@code /account}, "My homes": the signed-in client's name, their agent, the homes they saved (as the site's cards,
 * read from the site's own listings; one the site no longer shows is said to be no longer listed) and their saved
 * searches, each with its results, how often it is emailed, and a way to delete it. Who the client is and what they
 * saved comes from the core, with their token; without a session, sign in first.
 */
@WebServlet("/account")
public class AccountServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The short confirmation after a change ({@code /account?done=search-saved}), by its name in the address. */
    static final Map<String, String> DONE = Map.of(
            "search-saved", "Your search is saved.",
            "search-changed", "Your search is changed.",
            "search-deleted", "Your search is deleted.",
            "home-removed", "The home is removed from your saved homes.",
            "password-set", "Your new password is set.");

    @Inject
    ClientPortal portal;

    @Inject
    ClientPosts posts;

    @Inject
    SiteListings listings;

    @Inject
    AccountPages accountPages;

    @Inject
    Pages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<String> token = ClientCookie.token(request);
        if (token.isEmpty()) {
            accountPages.signInFirst(request, response, AccountPages.ACCOUNT);
            return;
        }
        ClientProfile profile;
        List<Favourite> favourites;
        List<SavedSearch> searches;
        try {
            profile = portal.profile(token.get());
            favourites = portal.favourites(token.get());
            searches = portal.savedSearches(token.get());
        } catch (SessionEndedException e) {
            accountPages.signInFirst(request, response, AccountPages.ACCOUNT);
            return;
        } catch (CoreUnavailableException e) {
            accountPages.unavailable(request, response, "Your account cannot be shown");
            return;
        }
        Map<Long, Listing> shown;
        try {
            shown = listings.byIds(favourites.stream().map(Favourite::listingId).toList());
        } catch (SiteDataException e) {
            pages.unavailable(request, response, e);
            return;
        }
        request.setAttribute("profile", profile);
        request.setAttribute("homes", favourites.stream().map(favourite -> new FavouriteHome(favourite.listingId(),
                favourite.savedAt(), Optional.ofNullable(shown.get(favourite.listingId())).map(Listing::shown)
                        .orElse(null))).toList());
        request.setAttribute("searches", searches);
        request.setAttribute("frequencies", Frequency.values());
        request.setAttribute("csrf", posts.csrfFor(token.get()));
        request.setAttribute("done", DONE.get(String.valueOf(request.getParameter("done"))));
        accountPages.render(request, response, "account", "My homes", "Your saved homes and searches.");
    }
}
