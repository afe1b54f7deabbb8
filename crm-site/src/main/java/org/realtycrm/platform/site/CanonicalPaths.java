package org.realtycrm.platform.site;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Readable addresses that end in the record's id ({@code /homes/austin/48-maple-ave-42}, {@code /agents/ana-7}): only
 * the id counts, and any other spelling is sent to the record's one address (301), so that search engines and shared
 * links see one page per record.
 */
public final class CanonicalPaths {

    /** One or more readable parts, the last ending in the id ({@code <words>-<id>} or just {@code <id>}). */
    private static final Pattern ENDS_IN_ID = Pattern.compile("(?:/[^/]{1,200})*/[^/]{0,200}?-?(\\d{1,18})");

    private CanonicalPaths() {
    }

    /** The id a servlet's path info ends in; empty when it names none. */
    public static Optional<Long> id(String pathInfo) {
        if (pathInfo == null) {
            return Optional.empty();
        }
        Matcher matcher = ENDS_IN_ID.matcher(pathInfo);
        return matcher.matches() ? Optional.of(Long.valueOf(matcher.group(1))) : Optional.empty();
    }

    /** Sends the browser to the record's own address (301) unless it asked for it; answers whether it did. */
    public static boolean redirectedTo(String canonicalPath, HttpServletRequest request,
            HttpServletResponse response) {
        if (canonicalPath.equals(request.getServletPath() + request.getPathInfo())) {
            return false;
        }
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + canonicalPath);
        return true;
    }
}
