package org.realtycrm.property.site;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.identity.site.Agent;
import org.realtycrm.identity.site.SiteAgents;
import org.realtycrm.platform.site.Pages;
import org.realtycrm.platform.site.SiteDataException;

/**
 * The sitemaps (sitemaps.org 0.9): {@code /sitemap.xml} is an index of {@code /sitemaps/pages.xml} (the home page,
 * the search, the agents) and {@code /sitemaps/listings-<n>.xml}, 40,000 listings each (a sitemap may hold 50,000),
 * each with its last change.
 */
@WebServlet({"/sitemap.xml", "/sitemaps/*"})
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SitemapServlet.class.getName());
    private static final Pattern LISTINGS = Pattern.compile("/listings-(\\d{1,5})\\.xml");
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

    @Inject
    SiteListings listings;

    @Inject
    SiteAgents agents;

    @Inject
    Pages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if ("/sitemap.xml".equals(request.getServletPath())) {
                index(request, response);
            } else if ("/pages.xml".equals(request.getPathInfo())) {
                sitePages(request, response);
            } else {
                Matcher matcher = LISTINGS.matcher(String.valueOf(request.getPathInfo()));
                int page = matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
                if (page < 1) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                listingPage(request, response, page);
            }
        } catch (SiteDataException e) {
            LOG.log(Level.WARNING, "sitemap " + request.getRequestURI() + " failed", e);
            response.setHeader("Retry-After", "60");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private static int sitemaps(int listingCount) {
        return Math.max(1, (listingCount + SiteListings.SITEMAP_PAGE - 1) / SiteListings.SITEMAP_PAGE);
    }

    private void index(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int count = listings.count();
        Instant lastChange = listings.lastChange();
        if (pages.notModified(request, response, count + "|" + lastChange, 3600)) {
            return;
        }
        PrintWriter out = xml(response);
        out.println("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        out.println("<sitemap><loc>" + pages.absolute(request, "/sitemaps/pages.xml") + "</loc></sitemap>");
        for (int page = 1; page <= sitemaps(count); page++) {
            out.println("<sitemap><loc>" + pages.absolute(request, "/sitemaps/listings-" + page + ".xml")
                    + "</loc><lastmod>" + W3C.format(lastChange) + "</lastmod></sitemap>");
        }
        out.println("</sitemapindex>");
    }

    private void sitePages(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Agent> all = agents.all();
        if (pages.notModified(request, response, all.toString(), 3600)) {
            return;
        }
        PrintWriter out = xml(response);
        out.println("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String path : List.of("/", "/homes", "/homes?status=sold", "/agents", "/home-value", "/sign-up",
                "/contact")) {
            out.println("<url><loc>" + escaped(pages.absolute(request, path)) + "</loc></url>");
        }
        for (Agent agent : all) {
            out.println("<url><loc>" + escaped(pages.absolute(request, agent.path())) + "</loc></url>");
        }
        out.println("</urlset>");
    }

    private void listingPage(HttpServletRequest request, HttpServletResponse response, int page) throws IOException {
        List<Listing> share = listings.sitemapPage(page);
        if (share.isEmpty() && page > 1) { // past the last one (the first is there, if empty, while no listing is)
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Instant newest = share.stream().map(Listing::modified).filter(at -> at != null).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        if (pages.notModified(request, response, page + "|" + share.size() + "|" + newest
                + "|" + (share.isEmpty() ? 0 : share.get(share.size() - 1).id()), 3600)) {
            return;
        }
        PrintWriter out = xml(response);
        out.println("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (Listing listing : share) {
            out.print("<url><loc>" + escaped(pages.absolute(request, listing.path())) + "</loc>");
            if (listing.modified() != null) {
                out.print("<lastmod>" + W3C.format(listing.modified()) + "</lastmod>");
            }
            out.println("</url>");
        }
        out.println("</urlset>");
    }

    private static PrintWriter xml(HttpServletResponse response) throws IOException {
        response.setContentType("application/xml;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        return out;
    }

    /** Sitemaps want the XML entities escaped in their addresses ("&" in a query string). */
    static String escaped(String url) {
        return url.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }
}
