package org.realtycrm.lead.rest;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.lead.batch.LeadImports;
import org.realtycrm.lead.entity.LeadImport;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.UnsupportedContentException;
import org.realtycrm.platform.rest.PageJson;
import org.realtycrm.platform.rest.Uploads;

@Path("imports")
@Tag(name = "imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    public static final String CSV = "text/csv";

    // kinds of files people pick by mistake; anything else is judged by its content
    private static final List<String> NOT_CSV = List.of("image/", "audio/", "video/", "application/pdf",
            "application/zip", "application/gzip", "application/vnd.openxmlformats", "application/msword");

    @Inject
    LeadImports imports;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import leads from a CSV file (ADMIN, AGENT)",
            description = "multipart/form-data with the file in part 'file' (UTF-8, a header row). The import runs as "
                    + "a batch job: poll the Location for progress. An admin's leads are routed round-robin among the "
                    + "agents; an agent's leads are theirs.")
    @APIResponse(responseCode = "202", description = "Accepted: queued or already running",
            content = @Content(schema = @Schema(implementation = ImportJson.class)))
    @APIResponse(responseCode = "413", description = "Larger than crm.import.max-bytes")
    @APIResponse(responseCode = "415", description = "Not CSV text")
    public Response start(@FormParam("file") EntityPart file) {
        String type = file == null ? "" : file.getMediaType().toString().toLowerCase(Locale.ROOT);
        if (NOT_CSV.stream().anyMatch(type::startsWith)) {
            throw new UnsupportedContentException("a " + type + " file is not CSV: save it as CSV UTF-8");
        }
        LeadImport started = Uploads.read(file, "the CSV file",
                content -> imports.start(file.getFileName().orElse(null), content));
        return Response.accepted(ImportJson.of(started))
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(started.getId())).build())
                .build();
    }

    @GET
    @Operation(summary = "Imports, newest first", description = "Agents see their own, admins all.")
    public PageJson<ImportJson> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageJson.of(imports.list(PageRequest.of(page, size)), ImportJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One import and its progress")
    @APIResponse(responseCode = "404", description = "No such import, or not yours")
    public ImportJson get(@PathParam("id") long id) {
        return ImportJson.of(imports.find(id));
    }

    @GET
    @Path("{id}/rejects")
    @Produces({CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "The rows left out, with line and reason",
            description = "text/csv (line,kind,reason,original) by default; a JSON page with Accept: application/json")
    public Response rejects(@PathParam("id") long id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @Context HttpHeaders headers) {
        LeadImport found = imports.find(id); // 404 before anything is streamed
        if (wantsJson(headers)) {
            return Response.ok(PageJson.of(imports.rejects(id, PageRequest.of(page, size)), ImportRejectJson::of),
                    MediaType.APPLICATION_JSON).build();
        }
        StreamingOutput csv = output -> imports.writeRejectsCsv(id, output);
        return Response.ok(csv, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + found.getId() + "-rejects.csv\"")
                .build();
    }

    private static boolean wantsJson(HttpHeaders headers) {
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty() && !accepted.get(0).isWildcardType()
                && accepted.get(0).isCompatible(MediaType.APPLICATION_JSON_TYPE);
    }
}
