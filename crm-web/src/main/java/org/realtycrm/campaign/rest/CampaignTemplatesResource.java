package org.realtycrm.campaign.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.campaign.boundary.Campaigns;
import org.realtycrm.campaign.entity.Channel;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.rest.Enums;

/** Campaign templates: the words of an email (with its A/B subjects) or a text, with merge fields (ADMIN, AGENT). */
@Path("campaign-templates")
@Tag(name = "campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignTemplatesResource {

    @Inject
    Campaigns campaigns;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Your templates (an admin: everyone's)")
    public JsonObject list() {
        JsonArrayBuilder items = TextsJson.JSON.createArrayBuilder();
        campaigns.templates().forEach(template -> items.add(CampaignsJson.template(template)));
        return TextsJson.JSON.createObjectBuilder().add("items", items).build();
    }

    @POST
    @Operation(summary = "Create a template", description = "A merge field that does not exist is refused: "
            + "{{firstName}}, {{lastName}}, {{fullName}}, {{agentName}}, {{agentEmail}}, {{brokerage}}.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Field errors: channel, name, subject, subjectB, body")
    public Response create(@NotNull TemplateRequest request) {
        JsonObject created = CampaignsJson.template(campaigns.createTemplate(input(request)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getJsonNumber("id")))
                .build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One template")
    @APIResponse(responseCode = "404", description = "No such template of yours")
    public JsonObject get(@PathParam("id") long id) {
        return CampaignsJson.template(campaigns.template(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a template", description = "Sends made before keep the words they went with.")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version read")
    public JsonObject change(@PathParam("id") long id, @NotNull TemplateRequest request) {
        return CampaignsJson.template(campaigns.changeTemplate(id, input(request)));
    }

    @GET
    @Path("{id}/preview")
    @Operation(summary = "The template as one of your leads would get it", description = "A text gets \"Reply STOP "
            + "to opt out.\" when it does not say how to stop.")
    @APIResponse(responseCode = "400", description = "leadId missing")
    @APIResponse(responseCode = "404", description = "No such template or lead of yours")
    public JsonObject preview(@PathParam("id") long id, @QueryParam("leadId") Long leadId) {
        if (leadId == null) {
            throw new InvalidInputException("leadId", "is required: the lead to fill the merge fields from");
        }
        return CampaignsJson.preview(campaigns.preview(id, leadId));
    }

    private static Campaigns.TemplateInput input(TemplateRequest request) {
        return new Campaigns.TemplateInput(Enums.parse("channel", Channel.class, request.channel), request.name,
                request.subject, request.subjectB, request.body, request.version);
    }
}
