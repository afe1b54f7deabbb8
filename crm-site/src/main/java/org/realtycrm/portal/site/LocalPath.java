package org.realtycrm.portal.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where a client is sent back to after signing in or changing something ({@code next}, {@code back}): only a path
 * on this site, so that a link to our sign-in page cannot send someone on to another site that looks like ours.
 */
public final class LocalPath {

    static final int MAX_LENGTH = 2_000;

    private LocalPath() {
    }

    /**
     * The path, when it is one of this site's: it starts with one "/" (a browser reads "//host" and "/\host" as
     * another site) and holds only printable ASCII but the backslash: no space or control character (browsers drop
     * tabs and line breaks from an address, which would turn "/\t/host" into "//host"), nothing a Location header
     * could not carry as it is (our own paths and queries are URL-encoded).
     */
    public static Optional<String> of(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH
                || candidate.charAt(0) != '/' || candidate.startsWith("//")) {
            return Optional.empty();
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c == '\\' || c <= ' ' || c >= 0x7f) {
                return Optional.empty();
            }
        }
        return Optional.of(candidate);
    }

    /** The sign-in page that sends the client on to {@code next} once signed in. */
    public static String signInFor(String next) {
        return "/account/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }
}
