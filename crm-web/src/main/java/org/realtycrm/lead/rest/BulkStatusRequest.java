package org.realtycrm.lead.rest;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkStatus", example = "{\"ids\": [41, 42, 57], \"status\": \"CONTACTED\"}")
public class BulkStatusRequest {

    @NotEmpty
    public List<@NotNull Long> ids;

    @NotNull
    public String status;
}
