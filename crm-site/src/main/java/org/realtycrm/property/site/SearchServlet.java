package org.realtycrm.property.site;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.platform.site.PageMeta;
import org.realtycrm.platform.site.Pages;
import org.realtycrm.platform.site.SiteDataException;
import org.realtycrm.portal.site.ClientView;
import org.realtycrm.portal.site.ClientViews;
import org.realtycrm.portal.site.Frequency;
import org.realtycrm.portal.site.SearchCriteria;

/**
 * {@code /homes}: the search's results as a list and on a map, a page of 24 at a time. A signed-in client's page is
 * drawn for them, with the form to save the search and hear of new homes ({@link ClientViews}); everyone else gets
 * the same cached page, with a link to sign up for alerts.
 */
@WebServlet("/homes")
public class SearchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteListings listings;

    @Inject
    Pages pages;

    @Inject
    ClientViews clients;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        ListingFilter filter = ListingFilter.from(request::getParameter);
        SiteListings.Found found;
        List<String> types;
        try {
            found = listings.search(filter);
            types = listings.propertyTypes();
        } catch (SiteDataException e) {
            pages.unavailable(request, response, e);
            return;
        }
        // a browser that cached the public page must not show it once its visitor has signed in, nor the reverse
        response.addHeader("Vary", "Cookie");
        ClientView client = clients.ofSearch(request);
        if (client.personal()) {
            pages.personal(response);
        } else if (pages.notModified(request, response, filter + "|" + found + "|" + types, 60)) {
            return;
        }
        if (client.signedIn()) {
            SearchCriteria criteria = SearchCriteria.from(filter);
            request.setAttribute("criteria", criteria.parameters());
            request.setAttribute("searchName", criteria.description());
            request.setAttribute("frequencies", Frequency.values());
        }
        request.setAttribute("client", client);
        request.setAttribute("filter", filter);
        request.setAttribute("found", found);
        request.setAttribute("types", types);
        String where = filter.city() != null ? filter.city() : filter.postalCode() != null ? filter.postalCode()
                : filter.text();
        String title = filter.market().label() + (where == null ? "" : " in " + where) + ": "
                + (found.moreThanTotal() ? "over " : "") + String.format("%,d", found.total())
                + (found.total() == 1 ? " home" : " homes");
        // one canonical address per search page; the first page's has no page number
        String canonical = pages.absolute(request, "/homes" + filter.queryFor(found.page()));
        pages.render(request, response, "search", new PageMeta(title, title + ", with photos, prices and maps.",
                canonical, null, null));
    }
}
