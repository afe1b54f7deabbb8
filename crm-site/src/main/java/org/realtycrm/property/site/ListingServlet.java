package org.realtycrm.property.site;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.integration.site.FormTicket;
import org.realtycrm.integration.site.InquiryForm;
import org.realtycrm.platform.site.CanonicalPaths;
import org.realtycrm.platform.site.PageMeta;
import org.realtycrm.platform.site.Pages;
import org.realtycrm.platform.site.SiteDataException;
import org.realtycrm.platform.site.SiteSettings;
import org.realtycrm.portal.site.ClientView;
import org.realtycrm.portal.site.ClientViews;
import org.realtycrm.portal.site.LocalPath;

/**
 * A listing's page, {@code /homes/<city>/<address>-<id>}: photos, facts, price history, the map, who lists it (as
 * IDX display rules require) and the forms to ask about it. Only the id counts; any other spelling of the address
 * is sent to the listing's one address (301), so search engines see one page per home. Visitors get one cached
 * page, whose "Save" is a link to sign in; a signed-in client gets the page drawn for them, with their own "Save"
 * button ({@link ClientViews}).
 */
@WebServlet("/homes/*")
public class ListingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteListings listings;

    @Inject
    Pages pages;

    @Inject
    SiteSettings settings;

    @Inject
    FormTicket tickets;

    @Inject
    ClientViews clients;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Long> id = id(request.getPathInfo());
        if (id.isEmpty()) {
            notFound(request, response);
            return;
        }
        Optional<SiteListings.Page> found;
        try {
            found = listings.page(id.get());
        } catch (SiteDataException e) {
            pages.unavailable(request, response, e);
            return;
        }
        if (found.isEmpty()) {
            notFound(request, response);
            return;
        }
        Listing listing = found.get().listing();
        List<SiteListings.Photo> photos = found.get().photos();
        List<SiteListings.PriceChange> history = found.get().history();
        if (CanonicalPaths.redirectedTo(listing.path(), request, response)) {
            return;
        }
        // a browser that cached the public page must not show it once its visitor has signed in, nor the reverse
        response.addHeader("Vary", "Cookie");
        ClientView client = clients.ofListing(request, response, listing.id());
        if (client.personal()) {
            pages.personal(response);
        } else if (pages.notModified(request, response, listing + "|" + photos + "|" + history + "|" + tickets.day(),
                60)) {
            // the page holds a form ticket: a cached copy is drawn again each day, while its ticket is good
            return;
        }
        List<String> photoUrls = photos.stream()
                .map(photo -> settings.photoUrl() + "/" + photo.id() + "?v=" + photo.version()).toList();
        request.setAttribute("listing", listing.shown());
        request.setAttribute("photos", photos);
        request.setAttribute("photoUrls", photoUrls);
        request.setAttribute("history", history);
        request.setAttribute("ticket", tickets.issue());
        request.setAttribute("showingChoice", InquiryForm.ABOUT_A_HOME);
        request.setAttribute("client", client);
        request.setAttribute("signInToSave", LocalPath.signInFor(listing.path()));
        String url = pages.absolute(request, listing.path());
        pages.render(request, response, "listing", new PageMeta(listing.fullAddress() + " · " + listing.priceText(),
                listing.summary(), url, photoUrls.isEmpty() ? null : photoUrls.get(0),
                ListingJsonLd.listing(listing, url, photoUrls)));
    }

    /** {@code /<city>/<address>-<id>}: a city part, then the address ending in the id. */
    static Optional<Long> id(String pathInfo) {
        return pathInfo != null && pathInfo.chars().filter(c -> c == '/').count() == 2 ? CanonicalPaths.id(pathInfo)
                : Optional.empty();
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        pages.problem(request, response, HttpServletResponse.SC_NOT_FOUND, "This home is not on our site",
                "It may have been sold or taken off the market. Search for others like it.");
    }
}
