package org.realtycrm.identity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TokenRequest", example = "{\"email\": \"ana.agent@example.com\", \"password\": \"correct horse battery\"}")
public record TokenRequest(
        @NotBlank @Size(max = 254) String email,
        @NotBlank @Size(max = 128) String password) {
}
