package org.realtycrm.integration.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.lead.entity.Lead;

@Schema(name = "IntakeSourceRequest", example = "{\"name\": \"Brokerage website\", \"leadSource\": \"Website\"}")
public class IntakeSourceRequest {

    @NotBlank
    @Size(max = 100)
    public String name;

    @Size(max = Lead.MAX_SOURCE_LENGTH)
    @Schema(description = "the source its leads are given, as every lead's source at most 64 characters; the name "
            + "when left out (then the name may be at most 64 characters)")
    public String leadSource;
}
