package org.realtycrm.lead.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quick change from triage: a new temperature and/or status for the lead at the version the caller read. */
@Schema(name = "Disposition", example = "{\"version\": 3, \"temperature\": \"HOT\", \"status\": \"CONTACTED\"}")
public class DispositionRequest {

    @NotNull
    @Schema(description = "The version you read")
    public Long version;

    @Schema(enumeration = {"HOT", "WARM", "COLD"}, description = "Omitted: unchanged")
    public String temperature;

    @Schema(enumeration = {"NEW", "CONTACTED", "QUALIFIED", "UNDER_CONTRACT", "CLOSED", "NURTURE", "LOST"},
            description = "Omitted: unchanged; only a move the lead's current status allows")
    public String status;
}
