package org.realtycrm.campaign.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.campaign.boundary.Campaigns;

/** Why each campaign message to a lead went or did not (ADMIN, AGENT: their own leads). */
@Path("leads/{id}/campaign-sends")
@Tag(name = "campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class LeadCampaignSendsResource {

    @Inject
    Campaigns campaigns;

    @GET
    @Operation(summary = "Every campaign send to the lead, newest first: its status, the compliance gate's "
            + "refusals (reason, detail, retryAt), the outbox's records, the note that says why")
    @APIResponse(responseCode = "404", description = "No such lead of yours")
    public JsonObject list(@PathParam("id") long id) {
        JsonArrayBuilder items = TextsJson.JSON.createArrayBuilder();
        campaigns.sendsTo(id).forEach(send -> items.add(CampaignsJson.send(send)));
        return TextsJson.JSON.createObjectBuilder().add("items", items).build();
    }
}
