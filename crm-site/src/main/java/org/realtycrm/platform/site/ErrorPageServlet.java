package org.realtycrm.platform.site;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The site's own page for an error the server answers itself (an unknown address, a wrong method, a failure): a
 * plain message in the site's look, never a stack trace (web.xml sends every error here).
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Pages pages;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        if (status == HttpServletResponse.SC_NOT_FOUND) {
            pages.problem(request, response, status, "Page not found",
                    "There is no page at this address. Search for homes, or start from our home page.");
        } else if (status >= 500) {
            pages.problem(request, response, status, "Something went wrong",
                    "We could not show this page. Please try again in a minute.");
        } else {
            pages.problem(request, response, status, "This cannot be done here",
                    "The address or the way it was asked for is not one this site answers.");
        }
    }
}
