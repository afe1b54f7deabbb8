package org.realtycrm.platform.ui;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Browser protections on every screen and resource: scripts, styles, images and connections (ajax and the bell's
 * websocket) only from this server, no plugins, no framing by other sites, no content-type sniffing, and no
 * address (lead ids are in them) sent to other sites.
 * <p>
 * Why inline scripts are allowed: PrimeFaces and Faces render each widget's set-up and each ajax behaviour as an
 * inline script or handler. Output is escaped everywhere, so the policy is the second line of defence, and it still
 * refuses scripts, frames and form targets from any other origin.
 * <p>
 * The listing maps' tiles are OpenStreetMap's images: images, and only images, may come from its tile servers.
 */
// every dispatch: the error pages the server shows itself (a refused token, a forbidden page) carry them too
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: https://*.tile.openstreetmap.org; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
