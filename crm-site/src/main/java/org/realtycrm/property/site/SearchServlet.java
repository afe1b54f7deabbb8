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

/** {@code /homes}: the search's results as a list and on a map, a page of 24 at a time. */
@WebServlet("/homes")
public class SearchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteListings listings;

    @Inject
    Pages pages;

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
        if (pages.notModified(request, response, filter + "|" + found + "|" + types, 60)) {
            return;
        }
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
