package org.realtycrm.lead.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Assignment", example = "{\"agentId\": 7}")
public class AssignmentRequest {

    @NotNull
    public Long agentId;
}
