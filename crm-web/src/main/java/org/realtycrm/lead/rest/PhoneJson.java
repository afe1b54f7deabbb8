package org.realtycrm.lead.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Phone", example = "{\"number\": \"+14155550132\", \"type\": \"MOBILE\"}")
public record PhoneJson(
        @NotBlank @Size(max = 40) @Schema(description = "As typed on input; E.164 on output") String number,
        @Schema(enumeration = {"MOBILE", "HOME", "WORK", "OTHER"}, defaultValue = "MOBILE") String type) {
}
