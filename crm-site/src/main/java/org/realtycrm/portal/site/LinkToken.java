package org.realtycrm.portal.site;

import java.util.Optional;

/**
 * The token of a link the core emailed (confirm your email, an agent's invitation, stop an alert): passed on to the
 * core as it is, which alone knows it. Only something that can be one is passed on: a link cut short or pasted with
 * spaces gets the page for a link that is not complete, without a call.
 */
final class LinkToken {

    static final int MAX_LENGTH = 512;

    private LinkToken() {
    }

    static Optional<String> of(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String token = raw.strip();
        if (token.isEmpty() || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return Optional.empty();
            }
        }
        return Optional.of(token);
    }
}
