package org.realtycrm.campaign.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.campaign.boundary.CampaignResults;
import org.realtycrm.campaign.boundary.Campaigns;
import org.realtycrm.campaign.entity.CampaignKind;
import org.realtycrm.campaign.entity.MailBatch;
import org.realtycrm.campaign.entity.SendStatus;
import org.realtycrm.campaign.entity.StepAction;
import org.realtycrm.campaign.entity.WhenRefused;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.rest.Enums;
import org.realtycrm.platform.rest.PageJson;

/**
 * Campaigns and action plans (ADMIN, AGENT): settings, steps, launch, pause, resume and end; leads in and out; the
 * sends and why each went or did not; the report and its CSV; direct-mail batches; social audiences.
 */
@Path("campaigns")
@Tag(name = "campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignsResource {

    @Inject
    Campaigns campaigns;

    @Inject
    CampaignResults results;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Your campaigns (an admin: everyone's), newest first")
    public JsonObject list() {
        JsonArrayBuilder items = TextsJson.JSON.createArrayBuilder();
        campaigns.campaigns().forEach(campaign -> items.add(CampaignsJson.campaign(campaign)));
        return TextsJson.JSON.createObjectBuilder().add("items", items).build();
    }

    @POST
    @Operation(summary = "Create a campaign (a draft)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Field errors: name, kind, whenRefused, filter…")
    public Response create(@NotNull CampaignRequest request) {
        JsonObject created = CampaignsJson.campaign(campaigns.create(input(request)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getJsonNumber("id")))
                .build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One campaign with its steps")
    @APIResponse(responseCode = "404", description = "No such campaign of yours")
    public JsonObject get(@PathParam("id") long id) {
        return CampaignsJson.campaign(campaigns.campaign(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a campaign's settings")
    @APIResponse(responseCode = "409", description = "Changed by someone else, or ended")
    public JsonObject change(@PathParam("id") long id, @NotNull CampaignRequest request) {
        return CampaignsJson.campaign(campaigns.change(id, input(request)));
    }

    @PUT
    @Path("{id}/steps")
    @Operation(summary = "Replace a draft's steps", description = "Fixed once launched: its leads are part-way "
            + "through them.")
    @APIResponse(responseCode = "400", description = "Field errors: steps[i].action, delayMinutes, templateId, "
            + "instructions")
    @APIResponse(responseCode = "409", description = "Launched already, or changed by someone else")
    public JsonObject steps(@PathParam("id") long id, @NotNull StepsRequest request) {
        List<Campaigns.StepInput> steps = null;
        if (request.steps != null) {
            steps = new ArrayList<>();
            for (int i = 0; i < request.steps.size(); i++) {
                StepsRequest.Step step = request.steps.get(i);
                steps.add(step == null ? null : new Campaigns.StepInput(
                        Enums.parse("steps[" + i + "].action", StepAction.class, step.action), step.delayMinutes,
                        step.templateId, step.instructions));
            }
        }
        return CampaignsJson.campaign(campaigns.replaceSteps(id, steps, request.version));
    }

    @POST
    @Path("{id}/launch")
    @Operation(summary = "Launch a draft", description = "A one-off campaign's audience enters now; a drip takes "
            + "leads by its rule from now on.")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public JsonObject launch(@PathParam("id") long id) {
        return CampaignsJson.campaign(campaigns.launch(id));
    }

    @POST
    @Path("{id}/pause")
    @Operation(summary = "Pause: nothing is sent; due steps wait")
    public JsonObject pause(@PathParam("id") long id) {
        return CampaignsJson.campaign(campaigns.pause(id));
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume a paused campaign")
    public JsonObject resume(@PathParam("id") long id) {
        return CampaignsJson.campaign(campaigns.resume(id));
    }

    @POST
    @Path("{id}/end")
    @Operation(summary = "End: nothing more is sent, and no lead enters")
    public JsonObject end(@PathParam("id") long id) {
        return CampaignsJson.campaign(campaigns.end(id));
    }

    @GET
    @Path("{id}/audience-size")
    @Operation(summary = "How many leads the campaign's filter matches now")
    public JsonObject audienceSize(@PathParam("id") long id) {
        return TextsJson.JSON.createObjectBuilder().add("leads", campaigns.audienceSize(id)).build();
    }

    @POST
    @Path("{id}/enrollments")
    @Operation(summary = "Put leads in by hand", description = "Each lead once: one in already (or before) is "
            + "listed under alreadyIn; one not found or not yours under notFound.")
    @APIResponse(responseCode = "409", description = "The campaign ended")
    public JsonObject enroll(@PathParam("id") long id, @NotNull EnrollRequest request) {
        return CampaignsJson.enrolled(campaigns.enroll(id, request.leadIds));
    }

    @GET
    @Path("{id}/enrollments")
    @Operation(summary = "The campaign's leads: where each is, or how it ended")
    public PageJson<JsonObject> enrollments(@PathParam("id") long id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return PageJson.of(campaigns.enrollments(id, PageRequest.of(page, size)), CampaignsJson::enrollment);
    }

    @DELETE
    @Path("{id}/enrollments/{leadId}")
    @Operation(summary = "Take a lead out", description = "Its sends not yet gone are skipped.")
    public JsonObject exit(@PathParam("id") long id, @PathParam("leadId") long leadId) {
        return CampaignsJson.enrollment(campaigns.exit(id, leadId));
    }

    @GET
    @Path("{id}/sends")
    @Operation(summary = "The campaign's sends, newest first", description = "status: QUEUED, HELD, RETRYING, SENT, "
            + "REFUSED, FAILED, SKIPPED, AWAITING_BATCH, MAILED.")
    public PageJson<JsonObject> sends(@PathParam("id") long id, @QueryParam("status") String status,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageJson.of(campaigns.sends(id, Enums.parseFilter("status", SendStatus.class, status),
                PageRequest.of(page, size)), CampaignsJson::send);
    }

    @GET
    @Path("{id}/report")
    @Operation(summary = "Per step: sent, delivered, opened, clicked, replied, opted out, held, suppressed by reason, "
            + "failed, cost; totals with cost per lead; sends and responses by source and day")
    public JsonObject report(@PathParam("id") long id) {
        return CampaignsJson.report(results.report(id));
    }

    @GET
    @Path("{id}/report.csv")
    @Produces("text/csv")
    @Operation(summary = "The report as CSV")
    public Response reportCsv(@PathParam("id") long id) throws IOException {
        // written whole before the answer starts (a report is a few rows a step and a day): a missing or foreign
        // campaign answers 404, and the report is counted once
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        results.reportCsv(id, csv);
        return Response.ok(csv.toByteArray(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"campaign-" + id + "-report.csv\"").build();
    }

    @POST
    @Path("{id}/steps/{stepId}/mail-batches")
    @Operation(summary = "Make a direct-mail step's batch for the mail house", description = "Every letter of the "
            + "step waiting for a batch; a lead without a whole postal address is skipped, and says so.")
    @APIResponse(responseCode = "201", description = "Made")
    @APIResponse(responseCode = "409", description = "No letter is waiting")
    public Response makeMailBatch(@PathParam("id") long id, @PathParam("stepId") long stepId) {
        MailBatch batch = results.makeMailBatch(id, stepId);
        return Response.created(uri.getBaseUriBuilder().path("campaigns").path(String.valueOf(id))
                .path("mail-batches").path(String.valueOf(batch.getId())).build())
                .entity(CampaignsJson.batch(batch)).build();
    }

    @GET
    @Path("{id}/mail-batches")
    @Operation(summary = "The campaign's mail batches, newest first")
    public JsonObject mailBatches(@PathParam("id") long id) {
        JsonArrayBuilder items = TextsJson.JSON.createArrayBuilder();
        results.mailBatches(id).forEach(batch -> items.add(CampaignsJson.batch(batch)));
        return TextsJson.JSON.createObjectBuilder().add("items", items).build();
    }

    @GET
    @Path("{id}/mail-batches/{batchId}")
    @Produces("text/csv")
    @Operation(summary = "A mail batch's file: Name, Address Line 1, Address Line 2, City, State, ZIP, Property "
            + "Address, Reference (the send, CS-<id>)")
    public Response mailBatchFile(@PathParam("id") long id, @PathParam("batchId") long batchId) {
        results.mailBatch(id, batchId);
        StreamingOutput csv = output -> results.copyMailBatch(id, batchId, output);
        return Response.ok(csv, "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"campaign-" + id + "-mail-batch-" + batchId + ".csv\"").build();
    }

    @POST
    @Path("{id}/audiences")
    @Operation(summary = "Run a list's social audience (a META, GOOGLE or MAILCHIMP export) with the campaign",
            description = "The list's responses from then on count as the campaign's.")
    @APIResponse(responseCode = "400", description = "exportId missing, unknown, or not an audience")
    public JsonObject attachAudience(@PathParam("id") long id, @NotNull AudienceRequest request) {
        return CampaignsJson.audience(results.attachAudience(id, request.exportId));
    }

    @GET
    @Path("{id}/audiences")
    @Operation(summary = "The social audiences run with the campaign")
    public JsonObject audiences(@PathParam("id") long id) {
        JsonArrayBuilder items = TextsJson.JSON.createArrayBuilder();
        results.audiences(id).forEach(audience -> items.add(CampaignsJson.audience(audience)));
        return TextsJson.JSON.createObjectBuilder().add("items", items).build();
    }

    private static Campaigns.CampaignInput input(CampaignRequest request) {
        if (request.filterSource != null && request.filterSource.isBlank()) {
            throw new InvalidInputException("filterSource", "must not be blank: leave it out for any source");
        }
        return new Campaigns.CampaignInput(request.name, Enums.parse("kind", CampaignKind.class, request.kind),
                Enums.parse("whenRefused", WhenRefused.class, request.whenRefused),
                Enums.parse("filterStatus", LeadStatus.class, request.filterStatus), request.filterSource,
                request.filterPullId, request.exitOnReply, request.exitOnStatusChange, request.version);
    }
}
