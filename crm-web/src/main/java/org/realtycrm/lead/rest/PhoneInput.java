package org.realtycrm.lead.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PhoneInput", example = "{\"number\": \"(415) 555-0132\", \"type\": \"MOBILE\"}")
public class PhoneInput {

    @NotBlank
    @Size(max = 40)
    @Schema(description = "As people type it; stored in E.164")
    public String number;

    @Schema(enumeration = {"MOBILE", "HOME", "WORK", "OTHER"}, defaultValue = "MOBILE")
    public String type;
}
