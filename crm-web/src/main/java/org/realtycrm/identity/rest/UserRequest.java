package org.realtycrm.identity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewUser", example = "{\"email\": \"ana.agent@example.com\", \"name\": \"Ana Agent\", \"role\": \"AGENT\", "
        + "\"password\": \"correct horse battery\"}")
public record UserRequest(
        @NotBlank @Size(max = 254) String email,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Schema(enumeration = {"ADMIN", "AGENT", "CLIENT"}) String role,
        @NotBlank @Size(min = 12, max = 128) String password) {
}
