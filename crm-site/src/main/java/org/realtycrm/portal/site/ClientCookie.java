package org.realtycrm.portal.site;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A signed-in client's session: the core's own access token (a JWT with the role CLIENT), kept by their browser in
 * the cookie {@code CRMCLIENT} and sent back to the core as a bearer token, which the core checks. The site holds
 * nothing of it. HttpOnly, so no script on a page can read it; SameSite=Lax, so another site's form or script cannot
 * post with it (a link from an email still opens the client's pages signed in); Secure where the site is reached over
 * https; it lasts as long as the token does.
 */
public final class ClientCookie {

    public static final String NAME = "CRMCLIENT";
    /** A JWT: three base64url parts. Nothing else is sent on as a header or written into a cookie. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,4000}(\\.[A-Za-z0-9_-]{0,4000}){1,4}");

    private ClientCookie() {
    }

    /** The client's token, when their browser sent one that looks like a token. */
    public static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName()) && isToken(cookie.getValue())) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    static boolean isToken(String value) {
        return value != null && TOKEN.matcher(value).matches();
    }

    /** The {@code Set-Cookie} header that keeps the token for {@code maxAgeSeconds}. */
    static String holding(String token, long maxAgeSeconds, boolean secure) {
        if (!isToken(token)) {
            throw new IllegalArgumentException("not an access token");
        }
        return header(token, Math.max(0, maxAgeSeconds), secure);
    }

    /** The {@code Set-Cookie} header that makes the browser forget the token. */
    static String cleared(boolean secure) {
        return header("", 0, secure);
    }

    private static String header(String value, long maxAgeSeconds, boolean secure) {
        return NAME + "=" + value + "; Max-Age=" + maxAgeSeconds + "; Path=/; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "");
    }
}
