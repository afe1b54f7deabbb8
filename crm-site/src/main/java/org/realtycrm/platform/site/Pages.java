package org.realtycrm.platform.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Renders the website's pages: every page gets the brand, the site's settings and its {@link PageMeta}, and is
 * drawn by its Jakarta Pages view under {@code /WEB-INF/views/}. A visitor's pages are the same for every visitor (no
 * session, nothing personal), so they carry an ETag made of what they show and may be cached; a signed-in client's
 * are {@link #personal personal} and never cached.
 */
@ApplicationScoped
public class Pages {

    private static final Logger LOG = Logger.getLogger(Pages.class.getName());
    /** A new build of the website changes every page: part of every ETag, the same on every node. */
    private static final String BUILD = build();

    @Inject
    SiteSettings settings;

    public void render(HttpServletRequest request, HttpServletResponse response, String view, PageMeta meta)
            throws ServletException, IOException {
        request.setAttribute("brand", settings.brand());
        request.setAttribute("site", settings);
        request.setAttribute("meta", meta);
        response.setContentType("text/html;charset=UTF-8");
        request.getRequestDispatcher("/WEB-INF/views/" + view + ".jsp").forward(request, response);
    }

    /** The address of a path on this site as visitors reach it: the configured public address, else the request's. */
    public String absolute(HttpServletRequest request, String path) {
        return settings.publicUrl().orElseGet(() -> {
            String scheme = request.getScheme();
            int port = request.getServerPort();
            boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
            return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
        }) + path;
    }

    /**
     * Sets the page's validator and caching: shared caches may keep it {@code maxAgeSeconds}, then must ask again.
     * Answers true, having sent 304, when the browser's copy is still the one this page would draw.
     */
    public boolean notModified(HttpServletRequest request, HttpServletResponse response, String content,
            int maxAgeSeconds) {
        String etag = "W/\"" + digest(BUILD + "|" + settings.shownOnPages() + "|" + content) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=" + maxAgeSeconds + ", must-revalidate");
        String asked = request.getHeader("If-None-Match");
        if (asked != null && (asked.equals(etag) || asked.contains(etag))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }

    /**
     * Marks the page as one client's own (their saved homes, a form carrying their session's csrf): no cache keeps
     * it, shared or not, and it has no ETag, so that nobody else is ever answered with it.
     */
    public void personal(HttpServletResponse response) {
        response.setHeader("Cache-Control", "private, no-store");
    }

    /** A plain page saying what went wrong, with the status that says it to machines. */
    public void problem(HttpServletRequest request, HttpServletResponse response, int status, String heading,
            String message) throws ServletException, IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        request.setAttribute("heading", heading);
        request.setAttribute("message", message);
        render(request, response, "problem", new PageMeta(heading, message, null, null, null));
    }

    /** The database could not be read: logged for operators, a plain "try again" for the visitor. */
    public void unavailable(HttpServletRequest request, HttpServletResponse response, SiteDataException failure)
            throws ServletException, IOException {
        LOG.log(Level.WARNING, "page " + request.getRequestURI() + " failed", failure);
        response.setHeader("Retry-After", "30");
        problem(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "We'll be right back",
                "Our listings cannot be shown just now. Please try again in a minute.");
    }

    private static String build() {
        try (InputStream in = Pages.class.getResourceAsStream("/site-build.txt")) {
            return in == null ? "dev" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
