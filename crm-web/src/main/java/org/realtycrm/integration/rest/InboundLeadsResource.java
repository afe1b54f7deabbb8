package org.realtycrm.integration.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.integration.boundary.InboundLeads;
import org.realtycrm.platform.problem.TooLargeException;
import org.realtycrm.platform.rest.JsonBodyReader;
import org.realtycrm.platform.rest.RateLimits;

/**
 * Inbound leads: the brokerage website's forms, a portal's lead feed, another integrator. Signed per source instead
 * of signed in (docs/api.md, "Inbound leads"); the boundary checks the signature.
 */
@Path("intake/leads")
@Tag(name = "intake")
@Produces(MediaType.APPLICATION_JSON)
public class InboundLeadsResource {

    /** An inquiry is a few fields and a message of at most 4,000 characters. */
    static final int MAX_BYTES = 32 * 1024;

    @Inject
    InboundLeads inbound;

    @Inject
    RateLimits limits;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Deliver an inquiry (signed by an intake source, no bearer token)",
            description = "The body is an Inquiry in UTF-8 JSON, at most 32 KiB. X-Intake-Signature is "
                    + "sha256=<hex of HMAC-SHA256 under the source's secret of \"<X-Intake-Timestamp>.<body bytes>\">; "
                    + "the timestamp (Unix seconds) must be within 5 minutes of the server's clock. Someone new "
                    + "becomes a lead, routed like every lead, its agent notified; someone known by email or phone "
                    + "keeps their lead, which gains the inquiry and tells its agent. The listing (propertyId) is "
                    + "linked to the lead. Sending the same signed delivery again is answered with what the first "
                    + "did, and takes nothing twice.")
    @RequestBody(content = @Content(schema = @Schema(implementation = InquiryJson.class)))
    @APIResponse(responseCode = "201", description = "A new lead",
            content = @Content(schema = @Schema(implementation = InboundLeadJson.class)))
    @APIResponse(responseCode = "200", description = "A known lead's new inquiry, or a repeated delivery",
            content = @Content(schema = @Schema(implementation = InboundLeadJson.class)))
    @APIResponse(responseCode = "400", description = "Not an inquiry: field errors, by JSON field name")
    @APIResponse(responseCode = "401", description = "Unknown or deactivated key, stale timestamp, wrong signature")
    @APIResponse(responseCode = "409", description = "Someone with the same email or phone was stored at the same "
            + "moment by another path (the API, an import): send the same delivery again")
    @APIResponse(responseCode = "413", description = "Larger than 32 KiB")
    @APIResponse(responseCode = "415", description = "Not UTF-8")
    @APIResponse(responseCode = "429", description = "The source's deliveries per minute are used up; see Retry-After")
    public Response deliver(
            @Parameter(description = "the intake source's key", required = true,
                    schema = @Schema(type = SchemaType.STRING)) @HeaderParam("X-Intake-Key") String key,
            @Parameter(description = "Unix seconds when it was signed", required = true,
                    schema = @Schema(type = SchemaType.STRING)) @HeaderParam("X-Intake-Timestamp") String timestamp,
            @Parameter(description = "sha256=<hex>", required = true, schema = @Schema(type = SchemaType.STRING))
            @HeaderParam("X-Intake-Signature") String signature,
            InputStream body) throws IOException {
        byte[] bytes = bounded(body);
        // counted per source once the signature shows who sent it: the key alone is public
        var wait = limits.intakeDelivery(inbound.authenticate(key, timestamp, signature, bytes));
        if (wait.isPresent()) {
            return RateLimits.tooManyRequests(wait.getAsLong());
        }
        InboundLeads.Received received = inbound.receive(key, timestamp, signature, bytes,
                JsonBodyReader.strictly(bytes, headers.getMediaType()));
        InboundLeadJson json = new InboundLeadJson(received.leadId(), received.created(), received.repeat());
        if (received.created() && !received.repeat()) {
            return Response.created(URI.create("leads/" + received.leadId())).entity(json).build();
        }
        return Response.ok(json).build();
    }

    private static byte[] bounded(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new TooLargeException("an inquiry is at most " + MAX_BYTES / 1024 + " KiB");
        }
        return bytes;
    }
}
