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
import org.realtycrm.platform.site.SiteSettings;

/** The home page: the search box and the newest homes on the market. */
@WebServlet("")
public class HomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int NEWEST = 8;

    @Inject
    SiteListings listings;

    @Inject
    Pages pages;

    @Inject
    SiteSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        List<Listing> newest;
        List<String> types;
        try {
            newest = listings.newest(NEWEST);
            types = listings.propertyTypes();
        } catch (SiteDataException e) {
            pages.unavailable(request, response, e);
            return;
        }
        if (pages.notModified(request, response, newest + "|" + types, 60)) {
            return;
        }
        request.setAttribute("newest", newest.stream().map(Listing::shown).toList());
        request.setAttribute("types", types);
        request.setAttribute("filter", ListingFilter.from(name -> null));
        String url = pages.absolute(request, "/");
        String name = settings.brand().name();
        pages.render(request, response, "home", new PageMeta(name + ": homes for sale",
                "Search homes for sale, see every listing's photos and price history, and talk to " + name
                        + "'s agents.", url, null, ListingJsonLd.brokerage(settings.brand(), url)));
    }
}
