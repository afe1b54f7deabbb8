package org.realtycrm.integration.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.integration.entity.ApiClient;

@Schema(name = "ApiClient")
public record ApiClientJson(long id, String name,
        @Schema(description = "what the integrator sends as client_id to /reso/oauth2/token") String clientId,
        boolean active,
        @Schema(description = "when it last got a token; null if never") Instant lastTokenAt,
        Instant createdAt, long version,
        @Schema(description = "only in the answer that made it (creation, rotation); never again") String clientSecret) {

    static ApiClientJson of(ApiClient client, String secret) {
        return new ApiClientJson(client.getId(), client.getName(), client.getClientId(), client.isActive(),
                client.getLastTokenAt(), client.getCreatedAt(), client.getVersion(), secret);
    }
}
