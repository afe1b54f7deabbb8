package org.realtycrm.platform.site;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /robots.txt}: everything may be crawled but the form handler and the client portal's pages (each person's
 * own, or behind an emailed link); the sitemap is named.
 */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Pages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.getWriter().write("User-agent: *\nDisallow: /inquiries\nDisallow: /account\nDisallow: /alerts/\n"
                + "Allow: /\n\nSitemap: "
                + pages.absolute(request, "/sitemap.xml") + "\n");
    }
}
