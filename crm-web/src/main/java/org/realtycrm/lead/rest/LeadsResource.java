package org.realtycrm.lead.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.audit.boundary.AuditTrail;
import org.realtycrm.audit.rest.ActivityJson;
import org.realtycrm.lead.entity.LeadDraft;
import org.realtycrm.lead.entity.LeadIntake;
import org.realtycrm.lead.entity.LeadProfile;
import org.realtycrm.lead.entity.LeadType;
import org.realtycrm.lead.boundary.LeadExports;
import org.realtycrm.lead.boundary.Leads;
import org.realtycrm.lead.entity.LeadQuery;
import org.realtycrm.lead.entity.LeadSort;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.Note;
import org.realtycrm.lead.entity.PhoneType;
import org.realtycrm.lead.entity.Temperature;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.rest.Enums;
import org.realtycrm.platform.rest.PageJson;

@Path("leads")
@Tag(name = "leads")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LeadsResource {

    @Inject
    Leads leads;

    @Inject
    LeadExports exports;

    @Inject
    AuditTrail auditTrail;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Create a lead",
            description = "Phones are normalised to E.164, emails lower-cased. Without assignedTo an admin's lead is "
                    + "routed round-robin among active agents; an agent's lead is theirs.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = LeadJson.class)))
    @APIResponse(responseCode = "409", description = "Another lead has this email or phone (existingLeadId when visible)")
    public Response create(@Valid @NotNull LeadRequest request) {
        LeadJson created = LeadJson.of(leads.create(draft(request), LeadIntake.API));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    // page and size are checked by PageRequest, not Bean Validation: Payara's OpenAPI generator fails on
    // constraints on query parameters (it only handles them on path parameters)
    @GET
    @Operation(summary = "List and search leads", description = "Agents see only their own leads.")
    public PageJson<LeadJson> list(
            @Parameter(description = "Repeatable or comma-separated") @QueryParam("status") List<String> statuses,
            @Parameter(description = "Repeatable or comma-separated") @QueryParam("temperature") List<String> temperatures,
            @QueryParam("source") String source,
            @Parameter(description = "Agent id; 0 for unassigned") @QueryParam("assignedTo") Long assignedTo,
            @Parameter(description = "Free text over name, email and phone") @QueryParam("q") String text,
            @Parameter(description = "createdAt, updatedAt, firstName, lastName, status, temperature, nextFollowUpAt; "
                    + "prefix - for descending") @QueryParam("sort") String sort,
            @QueryParam("page") Integer page,
            @Parameter(description = "At most 200") @QueryParam("size") Integer size) {
        return PageJson.of(leads.search(query(statuses, temperatures, source, assignedTo, text, sort),
                PageRequest.of(page, size)), LeadJson::of);
    }

    /** The list's filters and order, checked: an unknown status, temperature or sort is a 400 naming the field. */
    private static LeadQuery query(List<String> statuses, List<String> temperatures, String source, Long assignedTo,
            String text, String sort) {
        return new LeadQuery(Enums.parseAll("status", LeadStatus.class, statuses),
                Enums.parseAll("temperature", Temperature.class, temperatures), source, assignedTo, text,
                LeadSort.parse(sort));
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "Export the leads list as CSV", description = "Every lead the filters find that the caller "
            + "may see, in the list's order, not only a page: the same filters and sort as the list. One row a lead "
            + "(id, names, email, phones, status, temperature, source, agent, profile, follow-up, first contact, "
            + "created, updated; times in the brokerage's zone). Cells a spreadsheet would run as a formula are "
            + "written as text. The export is on the exporter's timeline (LEADS_EXPORTED).")
    @APIResponse(responseCode = "200", description = "The CSV file, streamed",
            content = @Content(mediaType = "text/csv"))
    public Response export(
            @Parameter(description = "Repeatable or comma-separated") @QueryParam("status") List<String> statuses,
            @Parameter(description = "Repeatable or comma-separated") @QueryParam("temperature") List<String> temperatures,
            @QueryParam("source") String source,
            @Parameter(description = "Agent id; 0 for unassigned") @QueryParam("assignedTo") Long assignedTo,
            @Parameter(description = "Free text over name, email and phone") @QueryParam("q") String text,
            @QueryParam("sort") String sort) {
        // the filters and the caller are checked, and the export recorded, before the answer starts: a refusal is
        // still problem details. A failure once rows have gone out can only cut the file short.
        LeadQuery query = query(statuses, temperatures, source, assignedTo, text, sort);
        exports.recordExport(query);
        StreamingOutput csv = out -> exports.write(query, out);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"leads.csv\"").build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One lead")
    @APIResponse(responseCode = "404", description = "No such lead, or not yours")
    public LeadJson get(@PathParam("id") long id) {
        return LeadJson.of(leads.find(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a lead's editable fields",
            description = "Send every field and the version you read. The assignee is changed with POST .../assignment.")
    @APIResponse(responseCode = "409", description = "Stale version, or a duplicate email/phone")
    @APIResponse(responseCode = "422", description = "The status change is not allowed")
    public LeadJson update(@PathParam("id") long id, @Valid @NotNull LeadRequest request) {
        if (request.version == null) {
            throw new InvalidInputException("version", "is required: send the version you read");
        }
        return LeadJson.of(leads.update(id, request.version, draft(request)));
    }

    @POST
    @Path("{id}/disposition")
    @Operation(summary = "Triage a lead: change its temperature and/or status",
            description = "What the disposition screen's keys do. Send the version you read; a field left out stays "
                    + "as it is. The status moves only where the lead's current status allows.")
    @APIResponse(responseCode = "200", description = "The lead as changed",
            content = @Content(schema = @Schema(implementation = LeadJson.class)))
    @APIResponse(responseCode = "409", description = "Stale version: someone else changed the lead since you read it")
    @APIResponse(responseCode = "422", description = "The status change is not allowed; nothing changed")
    public LeadJson dispose(@PathParam("id") long id, @Valid @NotNull DispositionRequest request) {
        return LeadJson.of(leads.dispose(id, request.version,
                Enums.parse("temperature", Temperature.class, request.temperature),
                Enums.parse("status", LeadStatus.class, request.status)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a lead", description = "Soft delete: kept for the audit trail, gone from lists.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        leads.delete(id);
    }

    @POST
    @Path("{id}/assignment")
    @Operation(summary = "Assign a lead to an agent (ADMIN; a team leader within their team)")
    @APIResponse(responseCode = "403", description = "An agent whose leads the caller does not see")
    @APIResponse(responseCode = "422", description = "The user is inactive or cannot own leads")
    public LeadJson assign(@PathParam("id") long id, @Valid @NotNull AssignmentRequest request) {
        return LeadJson.of(leads.assign(id, request.agentId));
    }

    @GET
    @Path("{id}/activities")
    @Operation(summary = "A lead's timeline, newest first")
    public PageJson<ActivityJson> timeline(@PathParam("id") long id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return PageJson.of(auditTrail.leadTimeline(id, PageRequest.of(page, size)), ActivityJson::of);
    }

    @POST
    @Path("{id}/notes")
    @Operation(summary = "Add a note to a lead's timeline")
    @APIResponse(responseCode = "201", description = "The note's activity",
            content = @Content(schema = @Schema(implementation = ActivityJson.class)))
    public Response addNote(@PathParam("id") long id, @Valid @NotNull NoteRequest request) {
        ActivityJson note = ActivityJson.of(leads.addNote(id, new Note(request.text)));
        return Response.status(Response.Status.CREATED).entity(note).build();
    }

    private static LeadDraft draft(LeadRequest request) {
        List<PhoneInput> phones = request.phones == null ? List.of() : request.phones;
        List<LeadDraft.PhoneInput> inputs = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            PhoneInput phone = phones.get(i);
            inputs.add(phone == null ? null : new LeadDraft.PhoneInput(phone.number,
                    Enums.parse("phones[" + i + "].type", PhoneType.class, phone.type)));
        }
        return new LeadDraft(request.firstName, request.lastName, request.email, inputs, request.source,
                Enums.parse("status", LeadStatus.class, request.status),
                Enums.parse("temperature", Temperature.class, request.temperature),
                request.assignedTo,
                request.nextFollowUpAt == null ? null : request.nextFollowUpAt.toInstant(),
                request.notes, new LeadProfile(Enums.parse("leadType", LeadType.class, request.leadType),
                        request.postalCode, request.city, request.price, request.language));
    }
}
