package org.realtycrm.identity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

// Request bodies are classes with fields, not records: Payara's OpenAPI generator fails on Bean Validation
// annotations that records copy onto their constructor parameters.
@Schema(name = "TokenRequest", example = "{\"email\": \"ana.agent@example.com\", \"password\": \"correct horse battery\"}")
public class TokenRequest {

    @NotBlank
    @Size(max = 254)
    public String email;

    @NotBlank
    @Size(max = 128)
    public String password;
}
