package org.realtycrm.identity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewUser", example = "{\"email\": \"ana.agent@example.com\", \"name\": \"Ana Agent\", \"role\": \"AGENT\", "
        + "\"password\": \"correct horse battery\"}")
public class UserRequest {

    @NotBlank
    @Size(max = 254)
    public String email;

    @NotBlank
    @Size(max = 120)
    public String name;

    @NotBlank
    @Schema(enumeration = {"ADMIN", "AGENT", "CLIENT"})
    public String role;

    @NotBlank
    @Size(min = 12, max = 128)
    public String password;
}
