package org.realtycrm.property.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Links a lead to a property. */
@Schema(name = "LeadPropertyLinkInput", example = """
        {"propertyId": 12, "relation": "INTERESTED_IN"}""")
public class LinkRequest {

    @NotNull
    public Long propertyId;

    @NotBlank
    @Schema(enumeration = {"INTERESTED_IN", "OWNER_OF", "SOLD_TO"})
    public String relation;
}
