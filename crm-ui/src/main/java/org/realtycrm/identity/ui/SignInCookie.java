package org.realtycrm.identity.ui;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The browser's half of a sign-in ticket ({@code identity.boundary.ScreenSignIns}): a cookie for the screens' path
 * only, gone when the browser closes, out of reach of scripts, not sent by other sites' forms, and Secure over HTTPS
 * (behind a proxy that ends TLS, the proxy marks it: docker/nginx).
 */
final class SignInCookie {

    static final String NAME = "CRMSIGNIN";
    /** The session's own ticket: the session ends when it does (ActiveSessionFilter). */
    static final String SESSION_TICKET = SignInCookie.class.getName() + ".ticket";

    private SignInCookie() {
    }

    static Optional<String> of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> NAME.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst();
    }

    /** The browser keeps the ticket, and the session remembers it as its own. */
    static void set(HttpServletRequest request, HttpServletResponse response, String token) {
        response.addCookie(cookie(request, token, -1));
        request.getSession(true).setAttribute(SESSION_TICKET, token);
    }

    /** The ticket the session was opened with (or continued from), if any. */
    static Optional<String> ofSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(SESSION_TICKET));
    }

    static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, "", 0));
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(NAME, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
