package org.realtycrm.campaign.rest;

import java.io.IOException;
import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.campaign.boundary.SendGridWebhooks;

/**
 * SendGrid's webhooks: the Event Webhook and the Inbound Parse webhook, each signed by SendGrid (ECDSA, its own key)
 * instead of signed in; the boundary checks the headers before it reads the body, then the signature over the bytes as
 * they came, so the body is handed to it raw.
 */
@Path("webhooks/sendgrid")
@Tag(name = "outbox")
@Produces(MediaType.APPLICATION_JSON)
public class SendGridWebhooksResource {

    private static final String TIMESTAMP = "X-Twilio-Email-Event-Webhook-Timestamp";
    private static final String SIGNATURE = "X-Twilio-Email-Event-Webhook-Signature";

    @Inject
    SendGridWebhooks webhooks;

    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "SendGrid's Event Webhook (signed, no bearer token)", description = "A JSON array of "
            + "events as SendGrid posts them. X-Twilio-Email-Event-Webhook-Signature: base64 ECDSA P-256/SHA-256 "
            + "signature of the timestamp header followed by the body, verified with crm.mail.sendgrid."
            + "webhook-public-key; the timestamp within 10 minutes. Each event is taken once (sg_event_id). An "
            + "unsubscribe, a spam report or a bounce opts the address out of marketing email; events of mail to a "
            + "lead go on the lead's timeline.")
    @APIResponse(responseCode = "200", description = "{\"taken\": new events, \"repeated\": events seen before}")
    @APIResponse(responseCode = "400", description = "Not a JSON array of events")
    @APIResponse(responseCode = "403", description = "Unsigned, forged or stale, or the webhook is not set up; "
            + "unsigned or stale is refused before the body is read")
    @APIResponse(responseCode = "413", description = "Larger than 4 MiB (refused before the body is read when "
            + "Content-Length says so)")
    public JsonObject eventsReported(
            @Parameter(schema = @Schema(type = SchemaType.STRING)) @HeaderParam(TIMESTAMP) String timestamp,
            @Parameter(schema = @Schema(type = SchemaType.STRING)) @HeaderParam(SIGNATURE) String signature,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
            InputStream body) throws IOException {
        SendGridWebhooks.Taken taken = webhooks.eventsReported(timestamp, signature, contentLength, body);
        return TextsJson.JSON.createObjectBuilder().add("taken", taken.taken()).add("repeated", taken.repeated())
                .build();
    }

    @POST
    @Path("inbound")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @SecurityRequirements
    @Operation(summary = "An email to our reply address (SendGrid's Inbound Parse webhook; signed, no bearer token)",
            description = "multipart/form-data as SendGrid's Inbound Parse posts it (from, to, subject, text, html, "
                    + "headers, envelope, charsets, SPF, dkim, spam_score; attachments are ignored). Signed by the "
                    + "Parse webhook's security policy: X-Twilio-Email-Event-Webhook-Signature, base64 ECDSA "
                    + "P-256/SHA-256 signature of the timestamp header followed by the raw body, verified with "
                    + "crm.mail.sendgrid.parse-public-key; the timestamp within 10 minutes. Each email is taken once "
                    + "(its sender and Message-ID, else a hash of what it says): a repeat answers 200 with taken "
                    + "false. A reply from a lead goes on its timeline and takes it out of the campaigns that stop on "
                    + "a reply; "
                    + "\"unsubscribe\", \"remove me\" or \"stop\" alone opts the address out of marketing email; an "
                    + "address no lead has becomes a lead (source Email). Automatic replies, bounces, spam and our own "
                    + "mail are kept and nothing more; an email whose From domain does not vouch for it (no DKIM "
                    + "signature of that domain passed, nor SPF for an envelope sender of it) is only shown on its "
                    + "lead's timeline as unverified.")
    @APIResponse(responseCode = "200", description = "{\"taken\": true for a new email, false for one taken before}")
    @APIResponse(responseCode = "400", description = "Not multipart/form-data, or no sender's address")
    @APIResponse(responseCode = "403", description = "Unsigned, forged or stale, or the webhook is not set up; "
            + "unsigned or stale is refused before the body is read")
    @APIResponse(responseCode = "413", description = "Larger than 32 MiB (refused before the body is read when "
            + "Content-Length says so)")
    @APIResponse(responseCode = "503", description = "The server is reading as many emails as it takes at once "
            + "(crm.mail.inbound.concurrent-reads); see Retry-After")
    public JsonObject mailReceived(
            @Parameter(schema = @Schema(type = SchemaType.STRING)) @HeaderParam(TIMESTAMP) String timestamp,
            @Parameter(schema = @Schema(type = SchemaType.STRING)) @HeaderParam(SIGNATURE) String signature,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
            InputStream body) throws IOException {
        boolean taken = webhooks.mailReceived(timestamp, signature, contentType, contentLength, body);
        return TextsJson.JSON.createObjectBuilder().add("taken", taken).build();
    }
}
