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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.campaign.boundary.SendGridWebhooks;
import org.realtycrm.platform.problem.TooLargeException;

/** SendGrid's Event Webhook: signed by SendGrid (ECDSA) instead of signed in; the boundary checks the signature. */
@Path("webhooks/sendgrid/events")
@Tag(name = "outbox")
@Produces(MediaType.APPLICATION_JSON)
public class SendGridWebhooksResource {

    /** SendGrid posts batches of events (about 1,000 at most): far under this. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    @Inject
    SendGridWebhooks webhooks;

    @POST
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
    @APIResponse(responseCode = "403", description = "Unsigned, forged or stale, or the webhook is not set up")
    @APIResponse(responseCode = "413", description = "Larger than 4 MiB")
    public JsonObject eventsReported(
            @Parameter(schema = @Schema(type = SchemaType.STRING))
            @HeaderParam("X-Twilio-Email-Event-Webhook-Timestamp") String timestamp,
            @Parameter(schema = @Schema(type = SchemaType.STRING))
            @HeaderParam("X-Twilio-Email-Event-Webhook-Signature") String signature,
            InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new TooLargeException("an Event Webhook request is at most " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        SendGridWebhooks.Taken taken = webhooks.eventsReported(timestamp, signature, bytes);
        return TextsJson.JSON.createObjectBuilder().add("taken", taken.taken()).add("repeated", taken.repeated())
                .build();
    }
}
