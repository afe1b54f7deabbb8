package org.realtycrm.pipeline.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.pipeline.boundary.DoNotCallLists;
import org.realtycrm.pipeline.entity.DncLoadKind;
import org.realtycrm.pipeline.entity.Scrub;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.rest.Enums;
import org.realtycrm.platform.rest.PageJson;
import org.realtycrm.platform.rest.Uploads;

/**
 * The Do-Not-Call registry: its lists and how current they are, loading list files, the company's own list, checking
 * one number, scrubbing a list with its report. Administrators only, except recording an opt-out and checking a
 * number (agents too); the boundary checks it.
 */
@Path("pipeline/dnc")
@Tag(name = "pipeline")
@Produces(MediaType.APPLICATION_JSON)
public class DoNotCallResource {

    static final String CSV = "text/csv";

    @Inject
    DoNotCallLists lists;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Every list, its area codes and data dates, and whether the federal data is outdated (ADMIN)")
    public DncJson.Status status() {
        return DncJson.Status.of(lists.status());
    }

    @POST
    @Path("loads")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Load a list file (ADMIN)", description = "multipart/form-data with the file in part 'file':"
            + " the National Registry's flat text download (one 10-digit number, or area code and number, per line;"
            + " change lists flag each line A or D), plain or zipped. list: federal, litigator or state:XX. kind:"
            + " FULL (default), ADDITIONS or DELETIONS (federal only). dataDate: the day it was downloaded"
            + " (YYYY-MM-DD). areaCodes (change lists): the area codes it covers, dated by it even where it changes"
            + " nothing (default: those it holds).")
    @APIResponse(responseCode = "201", description = "Loaded",
            content = @Content(schema = @Schema(implementation = DncJson.Load.class)))
    @APIResponse(responseCode = "400", description = "No numbers, an unknown list, a date in the future or older than"
            + " the data loaded")
    public Response load(@QueryParam("list") String list, @QueryParam("kind") String kind,
            @QueryParam("dataDate") String dataDate, @QueryParam("areaCodes") String areaCodes,
            @FormParam("file") EntityPart file) {
        DncLoadKind loadKind = kind == null ? DncLoadKind.FULL : Enums.parse("kind", DncLoadKind.class, kind);
        DncJson.Load loaded = Uploads.read(file, "the list", content -> DncJson.Load.of(lists.load(
                list == null ? "federal" : list, loadKind, date("dataDate", dataDate), areaCodes,
                file.getFileName().orElse(null), content)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(loaded.id())).build())
                .entity(loaded).build();
    }

    @GET
    @Path("loads")
    @Operation(summary = "The latest loads, newest first (ADMIN)")
    public List<DncJson.Load> loads() {
        return lists.loads().stream().map(DncJson.Load::of).toList();
    }

    @GET
    @Path("loads/{id}")
    @Operation(summary = "One load (ADMIN)")
    public DncJson.Load load(@PathParam("id") long id) {
        return DncJson.Load.of(lists.findLoad(id));
    }

    @POST
    @Path("internal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a number on the company's own Do-Not-Call list, for good (ADMIN, AGENT)")
    @APIResponse(responseCode = "201", description = "On the list",
            content = @Content(schema = @Schema(implementation = DncJson.Entry.class)))
    public Response addInternal(@Valid @NotNull DncEntryRequest request) {
        DncJson.Entry entry = DncJson.Entry.of(lists.addInternal(request.phone, request.source));
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }

    @GET
    @Path("internal")
    @Operation(summary = "The company's own list, newest first (ADMIN)")
    public PageJson<DncJson.Entry> internal(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageJson.of(lists.internalEntries(PageRequest.of(page, size)), DncJson.Entry::of);
    }

    @GET
    @Path("check")
    @Operation(summary = "Whether a number may be called or texted now, and why not (ADMIN, AGENT)")
    public DncJson.Verdict check(@QueryParam("phone") String phone) {
        return DncJson.Verdict.of(lists.check(phone));
    }

    @POST
    @Path("scrubs")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Scrub a list (ADMIN)", description = "multipart/form-data with a CSV file in part 'file'"
            + " (UTF-8): a header naming its phone columns (every column whose name holds \"phone\"), or one number"
            + " per line. Answers with the report; the suppressions are at .../suppressions.")
    @APIResponse(responseCode = "201", description = "Scrubbed",
            content = @Content(schema = @Schema(implementation = ScrubJson.class)))
    @APIResponse(responseCode = "422", description = "The federal data of an area code in the list is older than 31"
            + " days")
    public Response scrub(@QueryParam("name") String name, @FormParam("file") EntityPart file) {
        Scrub scrub = Uploads.read(file, "the list", content -> lists.scrub(
                name != null && !name.isBlank() ? name : file.getFileName().orElse("list"), content));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(scrub.getId())).build())
                .entity(ScrubJson.of(scrub)).build();
    }

    @GET
    @Path("scrubs")
    @Operation(summary = "The latest scrubs, newest first (ADMIN)")
    public List<ScrubJson> scrubs() {
        return lists.scrubs().stream().map(ScrubJson::of).toList();
    }

    @GET
    @Path("scrubs/{id}")
    @Operation(summary = "A scrub's report (ADMIN)")
    public ScrubJson scrub(@PathParam("id") long id) {
        return ScrubJson.of(lists.findScrub(id));
    }

    @GET
    @Path("scrubs/{id}/suppressions")
    @Produces(CSV)
    @Operation(summary = "Every number a scrub took out or rejected: line, phone, reason, list_version (ADMIN)")
    public Response suppressions(@PathParam("id") long id) {
        lists.findScrub(id); // 404 before anything is streamed
        StreamingOutput csv = output -> lists.writeSuppressions(id, output);
        return Response.ok(csv, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"scrub-" + id + "-suppressions.csv\"").build();
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value.strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "is not a date (YYYY-MM-DD)");
        }
    }
}
