package org.realtycrm.platform.site;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Browser protections on every page: only our own scripts and styles run, images come from here, the core's photo
 * address and the map's tile server, forms post only here, and nothing frames the site.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteSettings settings;

    private String policy;

    @Override
    public void init() {
        Set<String> images = new LinkedHashSet<>();
        images.add("'self'");
        images.add("data:");
        images.add(origin(settings.photoUrl()));
        // the tile template's host, its {s} subdomain any ("https://{s}.tile.example/{z}/{x}/{y}{r}.png")
        images.add(origin(settings.mapTiles().replace("{s}", "a").replaceAll("\\{[a-z]+}", "0"))
                .replace("://a.", "://*."));
        if (settings.brand().logoUrl() != null && settings.brand().logoUrl().startsWith("http")) {
            images.add(origin(settings.brand().logoUrl()));
        }
        policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src " + String.join(" ", images)
                + "; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    }

    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
