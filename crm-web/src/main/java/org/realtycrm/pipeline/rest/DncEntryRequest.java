package org.realtycrm.pipeline.rest;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DncEntryRequest",
        example = "{\"phone\": \"(202) 555-0143\", \"source\": \"Asked on a call with lead 42 not to be called\"}")
public class DncEntryRequest {

    @NotBlank
    public String phone;

    @NotBlank
    @Schema(description = "where the request came from; kept with the number for good")
    public String source;
}
