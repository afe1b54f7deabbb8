package org.realtycrm.integration.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InboundLead", example = "{\"leadId\": 42, \"created\": true, \"repeat\": false}")
public record InboundLeadJson(
        @Schema(description = "the lead the inquiry went to") long leadId,
        @Schema(description = "whether the inquiry made it (false: the person was known by email or phone)")
        boolean created,
        @Schema(description = "this exact delivery was received before; nothing was taken again") boolean repeat) {
}
