package org.realtycrm.pipeline.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.pipeline.batch.ListPulls;
import org.realtycrm.pipeline.boundary.ListExports;
import org.realtycrm.pipeline.boundary.ListResponses;
import org.realtycrm.pipeline.boundary.ListRuns;
import org.realtycrm.pipeline.boundary.ListSetup;
import org.realtycrm.pipeline.entity.ExportPlatform;
import org.realtycrm.pipeline.entity.MappingStyle;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.rest.Enums;
import org.realtycrm.platform.rest.Uploads;

/**
 * The front of the lead pipeline: campaigns' criteria, aggregators' column mappings (with a preview of a file
 * through one), list sources (SFTP, HTTPS, upload), the lists they received with their rows and rejects, and the
 * lists' files for the marketing platforms.
 * Administrators only; the boundaries check it.
 */
@Path("pipeline")
@Tag(name = "pipeline")
@Produces(MediaType.APPLICATION_JSON)
public class ListPipelineResource {

    @Inject
    ListSetup setup;

    @Inject
    ListPulls pulls;

    @Inject
    ListExports exports;

    @Inject
    ListResponses responses;

    @Inject
    ListRuns runs;

    @Context
    UriInfo uri;

    // ---- criteria

    @GET
    @Path("criteria")
    @Operation(summary = "Every saved target (ADMIN)")
    public List<ListJson.Criteria> criteria() {
        return setup.criteria().stream().map(ListJson.Criteria::of).toList();
    }

    @POST
    @Path("criteria")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a target: geography, property, owner and distress filters (ADMIN)")
    public Response createCriteria(@NotNull ListJson.CriteriaRequest request) {
        ListJson.Criteria created = ListJson.Criteria.of(setup.createCriteria(request.name, request.campaign,
                filters(request)));
        return created(created.id(), created);
    }

    @GET
    @Path("criteria/{id}")
    @Operation(summary = "One target (ADMIN)")
    public ListJson.Criteria criteria(@PathParam("id") long id) {
        return ListJson.Criteria.of(setup.criteria(id));
    }

    @PUT
    @Path("criteria/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a target; send the version read (ADMIN)")
    public ListJson.Criteria changeCriteria(@PathParam("id") long id, @NotNull ListJson.CriteriaRequest request) {
        return ListJson.Criteria.of(setup.changeCriteria(id, version(request.version), request.name,
                request.campaign, filters(request)));
    }

    @DELETE
    @Path("criteria/{id}")
    @Operation(summary = "Delete a target no source uses (ADMIN)")
    public Response deleteCriteria(@PathParam("id") long id) {
        setup.deleteCriteria(id);
        return Response.noContent().build();
    }

    // ---- mappings

    @GET
    @Path("mapping-styles")
    @Operation(summary = "Each aggregator style's headers, a new mapping's starting point (ADMIN)")
    public Map<String, Map<String, String>> styles() {
        Map<String, Map<String, String>> styles = new LinkedHashMap<>();
        setup.styles().forEach((style, headers) -> styles.put(style.name(), ListJson.keyed(headers)));
        return styles;
    }

    @GET
    @Path("mappings")
    @Operation(summary = "Every column mapping (ADMIN)")
    public List<ListJson.Mapping> mappings() {
        return setup.mappings().stream().map(ListJson.Mapping::of).toList();
    }

    @POST
    @Path("mappings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a column mapping: field → header (ADMIN)")
    public Response createMapping(@NotNull ListJson.MappingRequest request) {
        ListJson.Mapping created = ListJson.Mapping.of(setup.createMapping(request.name, style(request),
                request.fields()));
        return created(created.id(), created);
    }

    @GET
    @Path("mappings/{id}")
    @Operation(summary = "One column mapping (ADMIN)")
    public ListJson.Mapping mapping(@PathParam("id") long id) {
        return ListJson.Mapping.of(setup.mapping(id));
    }

    @PUT
    @Path("mappings/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a column mapping; send the version read (ADMIN)")
    public ListJson.Mapping changeMapping(@PathParam("id") long id, @NotNull ListJson.MappingRequest request) {
        return ListJson.Mapping.of(setup.changeMapping(id, version(request.version), request.name, style(request),
                request.fields()));
    }

    @DELETE
    @Path("mappings/{id}")
    @Operation(summary = "Delete a mapping no source uses (ADMIN)")
    public Response deleteMapping(@PathParam("id") long id) {
        setup.deleteMapping(id);
        return Response.noContent().build();
    }

    @POST
    @Path("mappings/{id}/preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Read a file's first rows through the mapping (and criteria), storing nothing (ADMIN)",
            description = "multipart/form-data with the CSV file in part 'file'")
    public ListJson.Preview preview(@PathParam("id") long id, @QueryParam("criteriaId") Long criteriaId,
            @FormParam("file") EntityPart file) {
        return Uploads.read(file, "the list", content -> ListJson.Preview.of(setup.preview(id, criteriaId,
                content)));
    }

    // ---- sources

    @GET
    @Path("sources")
    @Operation(summary = "Every list source with how its last look went (ADMIN)")
    public List<ListJson.Source> sources() {
        return setup.sources().stream().map(ListJson.Source::of).toList();
    }

    @POST
    @Path("sources")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a list source (ADMIN)")
    public Response createSource(@NotNull ListJson.SourceRequest request) {
        ListJson.Source created = ListJson.Source.of(setup.createSource(request.settings()));
        return created(created.id(), created);
    }

    @GET
    @Path("sources/{id}")
    @Operation(summary = "One list source (ADMIN)")
    public ListJson.Source source(@PathParam("id") long id) {
        return ListJson.Source.of(setup.source(id));
    }

    @PUT
    @Path("sources/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a list source; send the version read (ADMIN)")
    public ListJson.Source changeSource(@PathParam("id") long id, @NotNull ListJson.SourceRequest request) {
        return ListJson.Source.of(setup.changeSource(id, version(request.version), request.settings()));
    }

    @DELETE
    @Path("sources/{id}")
    @Operation(summary = "Delete a source that never received a list (ADMIN)")
    public Response deleteSource(@PathParam("id") long id) {
        setup.deleteSource(id);
        return Response.noContent().build();
    }

    @POST
    @Path("sources/{id}/poll")
    @Operation(summary = "Look at an SFTP or HTTPS source now; each file found starts its run (ADMIN)")
    public List<ListJson.Pull> poll(@PathParam("id") long id) {
        return pulls.pollNow(id).stream().map(ListJson.Pull::of).toList();
    }

    @POST
    @Path("sources/{id}/pulls")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a list to a source and start its run (ADMIN)",
            description = "multipart/form-data with the CSV file in part 'file'")
    public Response upload(@PathParam("id") long id, @FormParam("file") EntityPart file) {
        ListJson.Pull pull = Uploads.read(file, "the list", content -> ListJson.Pull.of(pulls.upload(id,
                file.getFileName().orElse("list.csv"), content)));
        return Response.created(uri.getBaseUriBuilder().path("pipeline/pulls/" + pull.id()).build())
                .entity(pull).build();
    }

    // ---- pulls

    @GET
    @Path("pulls")
    @Operation(summary = "The lists received, newest first, of one source or all (ADMIN)")
    public List<ListJson.Pull> pulls(@QueryParam("sourceId") Long sourceId) {
        return setup.pulls(sourceId).stream().map(ListJson.Pull::of).toList();
    }

    @GET
    @Path("pulls/{id}")
    @Operation(summary = "One list and its run's progress, step by step: parse, trace, scrub, import, export (ADMIN)")
    public ListJson.Pull pull(@PathParam("id") long id) {
        return ListJson.Pull.of(setup.pull(id), runs.steps(id));
    }

    @GET
    @Path("pulls/{id}/rows")
    @Operation(summary = "A list's kept rows by line, with their traced phones and emails (ADMIN)")
    public List<ListJson.Owner> rows(@PathParam("id") long id, @QueryParam("afterLine") Long afterLine,
            @QueryParam("limit") Integer limit) {
        return setup.pulledOwners(id, afterLine == null ? 0 : afterLine, limit == null ? 100 : limit).stream()
                .map(ListJson.Owner::of).toList();
    }

    @GET
    @Path("pulls/{id}/rejects")
    @Produces("text/csv")
    @Operation(summary = "Every rejected row of a list: line, reason (ADMIN)")
    public Response rejects(@PathParam("id") long id) {
        setup.pull(id); // 404 before anything is streamed
        StreamingOutput csv = output -> setup.writeRejects(id, output);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"list-" + id + "-rejects.csv\"").build();
    }

    @POST
    @Path("pulls/{id}/restart")
    @Operation(summary = "Run a stopped list on from where it stopped (ADMIN)")
    public ListJson.Pull restart(@PathParam("id") long id) {
        return ListJson.Pull.of(pulls.restart(id));
    }

    @POST
    @Path("pulls/{id}/responses")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Record responses to a list's marketing; the responders become (or merge into) leads (ADMIN)",
            description = "multipart/form-data with a CSV file in part 'file': a header, then one response per row,"
                    + " naming the owner by the list's 'line', or by any 'phone' or 'email' column; a 'note' column"
                    + " says what they said. Rows that name nobody come back in 'rejected' with their line and reason.")
    public ListJson.Responses responses(@PathParam("id") long id, @FormParam("file") EntityPart file) {
        return Uploads.read(file, "the responses", content -> ListJson.Responses.of(responses.record(id,
                file.getFileName().orElse("responses.csv"), content)));
    }

    // ---- exports

    @POST
    @Path("pulls/{id}/exports")
    @Operation(summary = "Write a done list for a platform: META, GOOGLE, MAILCHIMP, DIRECT_MAIL or DIALER (ADMIN)",
            description = "A dialer's file holds only numbers no Do-Not-Call list holds today and the trace did not"
                    + " flag")
    public Response export(@PathParam("id") long id, @QueryParam("platform") String platform) {
        if (platform == null || platform.isBlank()) {
            throw new InvalidInputException("platform", "must be META, GOOGLE, MAILCHIMP, DIRECT_MAIL or DIALER");
        }
        ListJson.Export export = ListJson.Export.of(exports.export(id,
                Enums.parse("platform", ExportPlatform.class, platform)));
        return Response.created(uri.getBaseUriBuilder().path("pipeline/exports/" + export.id()).build())
                .entity(export).build();
    }

    @GET
    @Path("pulls/{id}/exports")
    @Operation(summary = "A list's exports, newest first (ADMIN)")
    public List<ListJson.Export> exports(@PathParam("id") long id) {
        setup.pull(id); // 404 for a list that does not exist
        return exports.exports(id).stream().map(ListJson.Export::of).toList();
    }

    @GET
    @Path("exports/{id}")
    @Operation(summary = "One export (ADMIN)")
    public ListJson.Export exportOf(@PathParam("id") long id) {
        return ListJson.Export.of(exports.find(id));
    }

    @GET
    @Path("exports/{id}/file")
    @Produces("text/csv")
    @Operation(summary = "An export's file: streamed, or a 303 to a short-lived address of the document store (ADMIN)")
    public Response exportFile(@PathParam("id") long id) {
        String name = exports.find(id).fileName();
        return exports.temporaryUrl(id).map(address -> Response.seeOther(address).build()).orElseGet(() ->
                Response.ok((StreamingOutput) output -> exports.copy(id, output), "text/csv; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build());
    }

    private static org.realtycrm.pipeline.entity.TargetFilters filters(ListJson.CriteriaRequest request) {
        return request.filters == null ? null : request.filters.toFilters();
    }

    private static MappingStyle style(ListJson.MappingRequest request) {
        return request.style == null ? null : Enums.parse("style", MappingStyle.class, request.style);
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "must be given: the version read");
        }
        return version;
    }

    private Response created(long id, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(entity).build();
    }
}
