package org.realtycrm.lead.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.lead.boundary.Ponds;

/** Claiming a lead from a pond the caller is in: the first claim wins. */
@Path("leads/{id}/claim")
@Tag(name = "routing")
@Produces(MediaType.APPLICATION_JSON)
public class LeadClaimResource {

    @Inject
    Ponds ponds;

    @POST
    @Operation(summary = "Claim a lead waiting in one of your ponds", description = "It becomes yours, with the "
            + "speed-to-lead clock of the rule that put it there.")
    @APIResponse(responseCode = "200", description = "Yours: the lead")
    @APIResponse(responseCode = "404", description = "No such lead, or its pond is not one of yours")
    @APIResponse(responseCode = "409", description = "Someone claimed it first")
    public LeadJson claim(@PathParam("id") long id) {
        return LeadJson.of(ponds.claim(id));
    }
}
