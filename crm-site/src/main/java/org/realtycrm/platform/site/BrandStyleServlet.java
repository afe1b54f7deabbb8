package org.realtycrm.platform.site;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The brokerage's colour as a style sheet ({@code /brand.css}): the pages' styles use {@code var(--brand)}. */
@WebServlet("/brand.css")
public class BrandStyleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteSettings settings;

    @Inject
    Pages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String colour = settings.brand().colour(); // #rrggbb, checked when read
        if (pages.notModified(request, response, colour, 3600)) {
            return;
        }
        response.setContentType("text/css;charset=UTF-8");
        response.getWriter().write(":root { --brand: " + colour + "; }\n");
    }
}
