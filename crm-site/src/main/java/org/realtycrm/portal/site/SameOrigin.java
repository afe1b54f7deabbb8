package org.realtycrm.portal.site;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a post's {@code Origin} header names this site. Browsers send it with every form post; a post from
 * another site's page names that site, which is refused even before its csrf field is looked at (and the sign-in
 * form, which has none, cannot be posted from elsewhere to sign a visitor in as someone else). No header (a client
 * other than a browser, an older browser) is let through: the csrf field still decides.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    /**
     * True when {@code origin} is absent, or names the site: its configured public address ({@code publicUrl}), or
     * the host the browser asked for ({@code host}, the Host header), whatever the scheme, since a load balancer may
     * end TLS before the node. {@code "null"}, which a browser sends from a sandboxed or privacy-sensitive context,
     * names no site.
     */
    static boolean allows(String origin, String host, Optional<String> publicUrl) {
        if (origin == null) {
            return true;
        }
        Optional<String> asked = authority(origin);
        if (asked.isEmpty()) {
            return false;
        }
        if (publicUrl.flatMap(SameOrigin::authority).equals(asked)) {
            return true;
        }
        return host != null && asked.get().equals(withoutDefaultPort(host.toLowerCase(Locale.ROOT)));
    }

    /** "host" or "host:port" of an http(s) origin, without the scheme's own port; empty when it is none. */
    private static Optional<String> authority(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port < 0 || "http".equals(uri.getScheme()) && port == 80
                    || "https".equals(uri.getScheme()) && port == 443;
            return Optional.of(uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String withoutDefaultPort(String host) {
        return host.endsWith(":80") || host.endsWith(":443") ? host.substring(0, host.lastIndexOf(':')) : host;
    }
}
