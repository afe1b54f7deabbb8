package org.realtycrm.lead.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.lead.boundary.LeadScoring;

/**
 * The scorecard that makes leads from purchased lists hot, warm or cold: admins and agents read it, admins change it
 * (the boundary checks the roles).
 */
@Path("scoring")
@Tag(name = "scoring", description = "The lead scorecard: read (ADMIN, AGENT), change (ADMIN)")
@Produces(MediaType.APPLICATION_JSON)
public class ScoringResource {

    @Inject
    LeadScoring scoring;

    @GET
    @Operation(summary = "The scorecard, with every signal a rule may use (ADMIN, AGENT)",
            description = "A lead scores the points of every rule that holds for it; from hotFrom it is HOT, from "
                    + "warmFrom WARM, below COLD.")
    public ScoringJson.Card get() {
        return ScoringJson.Card.of(scoring.current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the rules and the bands; send the version read (ADMIN)",
            description = "The rules and bands are replaced as a whole: send every rule to keep.")
    @APIResponse(responseCode = "200", description = "The scorecard as saved",
            content = @Content(schema = @Schema(implementation = ScoringJson.Card.class)))
    @APIResponse(responseCode = "400", description = "A rule or band that cannot be, by field (rules[1].threshold,"
            + " hotFrom, ...)")
    @APIResponse(responseCode = "409", description = "Someone else changed the scorecard since it was read")
    public ScoringJson.Card replace(@NotNull ScoringJson.Request request) {
        request.requireAll();
        return ScoringJson.Card.of(scoring.replace(request.version, request.toRules(), request.hotFrom,
                request.warmFrom));
    }
}
