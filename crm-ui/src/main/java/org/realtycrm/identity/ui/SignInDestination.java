package org.realtycrm.identity.ui;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The page a person asked for before being sent to the sign-in form, kept in their session so that signing in takes
 * them there. Only a GET of one of the screens' own pages is kept: a form post cannot be replayed, and the place to go
 * is always a path of this application, never an address a link could plant (no open redirect).
 */
final class SignInDestination {

    private static final String ATTRIBUTE = SignInDestination.class.getName();

    private SignInDestination() {
    }

    static void remember(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || "partial/ajax".equals(request.getHeader("Faces-Request"))
                || !isPage(request.getContextPath(), request.getRequestURI())) {
            return;
        }
        String query = request.getQueryString();
        request.getSession().setAttribute(ATTRIBUTE,
                request.getRequestURI() + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    /** @return the remembered page (forgotten as it is handed out), if it is one of this application's */
    static Optional<String> takeFrom(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object remembered = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return remembered instanceof String path && isOurs(request.getContextPath(), path)
                ? Optional.of(path) : Optional.empty();
    }

    /**
     * A page a person opens: a view ({@code .xhtml}) or the screens' root, not what a page loads by itself (the
     * bell's websocket reconnecting after the session timed out, a resource, a download).
     */
    static boolean isPage(String contextPath, String requestUri) {
        return (requestUri.equals(contextPath + "/") || requestUri.endsWith(".xhtml"))
                && !requestUri.startsWith(contextPath + "/jakarta.faces.");
    }

    static boolean isOurs(String contextPath, String path) {
        return path.startsWith(contextPath + "/") && !path.startsWith("//") && !path.contains("\\")
                && !path.startsWith(contextPath + FormSignIn.LOGIN_PAGE);
    }
}
