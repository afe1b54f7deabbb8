package org.realtycrm.lead.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.lead.boundary.BulkOutcome;
import org.realtycrm.lead.boundary.Leads;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.platform.rest.Enums;

/**
 * List actions on many leads at once (ADMIN; a team leader may assign within their team). Each lead is reported:
 * changed, unchanged, or refused and why.
 */
@Path("leads/bulk")
@Tag(name = "leads")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LeadBulkResource {

    @Inject
    Leads leads;

    @POST
    @Path("assignment")
    @Operation(summary = "Assign many leads to one agent (ADMIN; a team leader within their team)",
            description = "Up to 500 leads. A lead that cannot be assigned is listed in refused; the others are assigned.")
    public BulkOutcome assign(@Valid @NotNull BulkAssignmentRequest request) {
        return leads.assignAll(request.ids, request.agentId);
    }

    @POST
    @Path("status")
    @Operation(summary = "Move many leads to one status (ADMIN)",
            description = "Up to 500 leads. A lead whose status may not move there is listed in refused with the "
                    + "reason; the others move.")
    public BulkOutcome changeStatus(@Valid @NotNull BulkStatusRequest request) {
        return leads.changeStatusOfAll(request.ids, Enums.parse("status", LeadStatus.class, request.status));
    }
}
