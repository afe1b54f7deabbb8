package org.realtycrm.portal.site;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Whether a public page is drawn for a signed-in client, and what it then shows them ({@link ClientView}). */
@ApplicationScoped
public class ClientViews {

    @Inject
    ClientPortal portal;

    @Inject
    ClientPosts posts;

    @Inject
    AccountPages pages;

    /**
     * A listing's page: for a signed-in client, whether they saved the home, and their agent hears that they opened
     * it (beside the page, which never waits for that). When the core no longer takes their token, the page is the
     * public one but says to sign in, and their cookie is cleared; when it cannot be reached, the page offers "Save",
     * which saving again would not change.
     */
    public ClientView ofListing(HttpServletRequest request, HttpServletResponse response, long listingId) {
        Optional<String> token = ClientCookie.token(request);
        if (token.isEmpty()) {
            return ClientView.ANONYMOUS;
        }
        if ("GET".equals(request.getMethod())) {
            portal.viewed(token.get(), listingId);
        }
        try {
            boolean saved = portal.favourites(token.get()).stream()
                    .anyMatch(favourite -> favourite.listingId() == listingId);
            return new ClientView(true, false, saved, posts.csrfFor(token.get()));
        } catch (SessionEndedException e) {
            pages.forgetSession(request, response);
            return new ClientView(false, true, false, null);
        } catch (CoreUnavailableException e) {
            return new ClientView(true, false, false, posts.csrfFor(token.get()));
        }
    }

    /**
     * The search's page: a visitor with a session's cookie gets the form to save the search. The core is not asked
     * whether the session still holds: saving the search asks, and sends them to sign in when it does not.
     */
    public ClientView ofSearch(HttpServletRequest request) {
        return ClientCookie.token(request).map(token -> new ClientView(true, false, false, posts.csrfFor(token)))
                .orElse(ClientView.ANONYMOUS);
    }
}
