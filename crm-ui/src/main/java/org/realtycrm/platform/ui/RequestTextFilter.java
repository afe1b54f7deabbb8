package org.realtycrm.platform.ui;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request to the screens whose parameters (a search, a form field, a note) carry the NUL character: no
 * form sends one, and PostgreSQL can neither store nor compare text holding it, so it would end as a server error.
 * The API refuses the same in its query parameters ({@code RequestLineFilter}) and JSON bodies ({@code JsonShape}).
 */
@WebFilter(servletNames = "Faces")
public class RequestTextFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            // what Faces would set: reading the parameters here must not decode them as ISO-8859-1 first
            request.setCharacterEncoding("UTF-8");
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (hasNul(parameter.getKey()) || Arrays.stream(parameter.getValue()).anyMatch(
                    RequestTextFilter::hasNul)) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }
}
