package org.realtycrm.portal.site;

import jakarta.json.JsonObject;

/** A client just signed in, as the core answers it: their access token, how long it lasts, and their name. */
public record ClientSession(String accessToken, long expiresInSeconds, String name) {

    /** {@code {accessToken, expiresIn, name}}; a token that is not one, or that lasts no time, is not a session. */
    static ClientSession from(JsonObject json) {
        String token = PortalJson.requiredText(json, "accessToken");
        long expiresIn = PortalJson.requiredWhole(json, "expiresIn");
        if (!ClientCookie.isToken(token) || expiresIn <= 0) {
            throw new IllegalArgumentException("not a usable access token");
        }
        return new ClientSession(token, expiresIn, PortalJson.text(json, "name"));
    }

    @Override
    public String toString() {
        return "ClientSession[" + name + ", " + expiresInSeconds + " s]"; // never the token, in a log or elsewhere
    }
}
