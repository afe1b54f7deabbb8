package org.realtycrm.portal.site;

import jakarta.json.JsonObject;

import org.realtycrm.platform.site.CoreProblem;

/**
 * What the core answered a call: its status, its body, and how long to wait when it asked for that
 * ({@code Retry-After} in seconds; a minute when it did not say).
 */
record CoreAnswer(int status, String body, long retryAfterSeconds) {

    static final long DEFAULT_RETRY_AFTER = 60;

    static long retryAfter(String header) {
        if (header != null && header.strip().matches("\\d{1,6}")) {
            return Math.max(1, Long.parseLong(header.strip()));
        }
        return DEFAULT_RETRY_AFTER;
    }

    JsonObject json() {
        return PortalJson.object(body);
    }

    CoreProblem problem() {
        return CoreProblem.of(body);
    }

    /** The start of the body, for the log: a problem's words, never more than a line or two. */
    String abbreviated() {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
