package org.realtycrm.portal.site;

import jakarta.json.JsonObject;

/** Who the signed-in client is, and the agent who looks after them (null until one does). */
public record ClientProfile(String name, String email, Agent agent) {

    /** The client's agent: whom their questions reach. */
    public record Agent(String name, String email) {
    }

    /** {@code GET /portal/me}: {@code {name, email, agent: {name, email} | null}}. */
    static ClientProfile from(JsonObject json) {
        JsonObject agent = PortalJson.objectOrNull(json, "agent");
        return new ClientProfile(PortalJson.text(json, "name"), PortalJson.text(json, "email"),
                agent == null ? null : new Agent(PortalJson.text(agent, "name"), PortalJson.text(agent, "email")));
    }
}
