package org.realtycrm.integration.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.integration.entity.ApiClient;

@Schema(name = "ApiClientRequest", example = "{\"name\": \"Homes portal syndication\"}")
public class ApiClientRequest {

    @NotBlank
    @Size(max = ApiClient.MAX_NAME)
    @Schema(description = "who the integrator is, for the admins' list and the audit trail")
    public String name;
}
