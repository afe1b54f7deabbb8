package org.realtycrm.lead.rest;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkAssignment", example = "{\"ids\": [41, 42, 57], \"agentId\": 7}")
public class BulkAssignmentRequest {

    @NotEmpty
    public List<@NotNull Long> ids;

    @NotNull
    public Long agentId;
}
