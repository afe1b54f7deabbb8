package org.realtycrm.identity.rest;

import jakarta.json.bind.annotation.JsonbProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OAuth 2-style token answer (RFC 6749 §5.1 field names). */
@Schema(name = "TokenResponse", example = "{\"access_token\": \"eyJraWQiOi...\", \"token_type\": \"Bearer\", \"expires_in\": 900}")
public record TokenResponse(
        @JsonbProperty("access_token") String accessToken,
        @JsonbProperty("token_type") String tokenType,
        @JsonbProperty("expires_in") long expiresIn) {
}
