package org.realtycrm.identity.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Only the fields present change. */
@Schema(name = "UserChanges", example = "{\"role\": \"ADMIN\", \"active\": false}")
public class UserPatch {

    @Size(min = 1, max = 120)
    public String name;

    @Schema(enumeration = {"ADMIN", "AGENT", "CLIENT"})
    public String role;

    public Boolean active;

    @Size(min = 12, max = 128)
    public String password;
}
