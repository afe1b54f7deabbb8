package org.realtycrm.campaign.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Leads put in a campaign by hand. */
@Schema(name = "Enrollment", example = "{\"leadIds\": [41, 42]}")
public class EnrollRequest {

    @Schema(description = "1 to 200 leads of yours")
    public List<Long> leadIds;
}
