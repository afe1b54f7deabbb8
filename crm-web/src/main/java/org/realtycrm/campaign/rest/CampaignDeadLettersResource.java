package org.realtycrm.campaign.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.campaign.boundary.DeadLetters;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.rest.PageJson;

/** The campaign sends that failed, and sending them again (ADMIN). */
@Path("campaign-dead-letters")
@Tag(name = "campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignDeadLettersResource {

    @Inject
    DeadLetters deadLetters;

    @GET
    @Operation(summary = "Sends the provider refused for good or too often, newest first")
    public PageJson<JsonObject> list(@QueryParam("campaignId") Long campaignId, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return PageJson.of(deadLetters.list(campaignId, PageRequest.of(page, size)), CampaignsJson::deadLetter);
    }

    @POST
    @Path("{sendId}/replay")
    @Operation(summary = "Send one again", description = "Through the compliance gate again, under a new key: the "
            + "provider took nothing under the last one.")
    @APIResponse(responseCode = "409", description = "Not a failed send")
    public JsonObject replay(@PathParam("sendId") long sendId) {
        return CampaignsJson.send(deadLetters.replay(sendId));
    }

    @POST
    @Path("replay")
    @Operation(summary = "Send every dead letter of a campaign again")
    public JsonObject replayAll(@QueryParam("campaignId") Long campaignId) {
        if (campaignId == null) {
            throw new InvalidInputException("campaignId", "is required");
        }
        return TextsJson.JSON.createObjectBuilder().add("replayed", deadLetters.replayAll(campaignId)).build();
    }
}
