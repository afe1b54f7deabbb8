package org.realtycrm.platform.rest;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Renders the container's own error responses (see web.xml) as problem details. */
@WebServlet("/errors")
public class ErrorPageServlet extends HttpServlet {

    private static final String RESO = "/reso/";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException,
            ServletException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + RESO)) {
            // the RESO Web API answers in OData's error shape, to its integrators' tools (ResoServlet)
            request.getRequestDispatcher(RESO + "odata/$error").forward(request, response);
            return;
        }
        String type;
        String title;
        String detail;
        switch (status) {
            case 401 -> {
                type = "unauthenticated";
                title = "Not signed in";
                detail = "the bearer token is missing, malformed, expired or not ours: sign in with POST /api/v1/auth/token";
                response.setHeader("WWW-Authenticate", "Bearer realm=\"realty-crm\"");
            }
            case 403 -> {
                type = "forbidden";
                title = "Forbidden";
                detail = "your role does not allow this";
            }
            case 404 -> {
                type = "not-found";
                title = "Not found";
                detail = "nothing is here: " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            }
            default -> {
                type = "internal-error";
                title = "Internal error";
                detail = "an unexpected error occurred; it has been logged";
            }
        }
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Problems.body(status, type, title, detail).build().toString());
    }
}
