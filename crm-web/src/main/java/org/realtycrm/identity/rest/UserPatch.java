package org.realtycrm.identity.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Only the fields present change. */
@Schema(name = "UserChanges", example = "{\"role\": \"ADMIN\", \"active\": false}")
public record UserPatch(
        @Size(min = 1, max = 120) String name,
        @Schema(enumeration = {"ADMIN", "AGENT", "CLIENT"}) String role,
        Boolean active,
        @Size(min = 12, max = 128) String password) {
}
