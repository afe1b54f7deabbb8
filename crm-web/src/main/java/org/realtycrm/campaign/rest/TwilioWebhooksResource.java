package org.realtycrm.campaign.rest;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.campaign.boundary.TwilioWebhooks;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Twilio's webhooks: texts our numbers receive, and the status of texts we sent. Signed by Twilio instead of signed
 * in (X-Twilio-Signature); the boundary checks the signature against the public URL Twilio was given.
 */
@Path("webhooks/twilio")
@Tag(name = "texts")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class TwilioWebhooksResource {

    /** TwiML that says nothing: replies go through the outbox, where they are recorded. */
    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    @Inject
    TwilioWebhooks webhooks;

    @Context
    UriInfo uri;

    @POST
    @Path("messages")
    @SecurityRequirements
    @Operation(summary = "A text one of our numbers received (Twilio's incoming message webhook)", description =
            "Form parameters as Twilio sends them (MessageSid, From, To, Body, …), signed with X-Twilio-Signature. "
                    + "STOP, END, CANCEL, UNSUBSCRIBE, QUIT, STOPALL, REVOKE, OPTOUT put the number on the company's "
                    + "Do-Not-Call list at once; START, UNSTOP, YES after an opt-out take it off; HELP is answered. "
                    + "Any other text goes on its lead's timeline (a number no lead has becomes a new lead). Each "
                    + "message SID is taken once.")
    @APIResponse(responseCode = "200", description = "Taken in; empty TwiML (replies are sent through the outbox)")
    @APIResponse(responseCode = "400", description = "Field errors: MessageSid, From, To")
    @APIResponse(responseCode = "403", description = "Missing or wrong X-Twilio-Signature, or webhooks not set up")
    @APIResponse(responseCode = "409", description = "This message SID was taken in before (a replayed request)")
    public Response messageReceived(@Parameter(schema = @Schema(type = SchemaType.STRING))
            @HeaderParam("X-Twilio-Signature") String signature, MultivaluedMap<String, String> form) {
        webhooks.messageReceived(pathAndQuery(), single(form), signature);
        return Response.ok(EMPTY_TWIML, MediaType.APPLICATION_XML_TYPE).build();
    }

    @POST
    @Path("status")
    @SecurityRequirements
    @Operation(summary = "A text's status at the carrier (Twilio's status callback)", description = "Form "
            + "parameters MessageSid, MessageStatus, ErrorCode, signed with X-Twilio-Signature. Error 21610 (the "
            + "number replied STOP to the sender) puts the number on the company's Do-Not-Call list.")
    @APIResponse(responseCode = "204", description = "Recorded (a late or repeated report, or one of no text of ours, "
            + "changes nothing)")
    @APIResponse(responseCode = "403", description = "Missing or wrong X-Twilio-Signature, or webhooks not set up")
    public Response statusReported(@Parameter(schema = @Schema(type = SchemaType.STRING))
            @HeaderParam("X-Twilio-Signature") String signature,
            @Parameter(description = "the text's outbox id, which every text's StatusCallback URL names")
            @QueryParam("outboxText") Long outboxText, MultivaluedMap<String, String> form) {
        webhooks.statusReported(pathAndQuery(), single(form), signature, outboxText);
        return Response.noContent().build();
    }

    /** The path and query the request came to, as Twilio signed them after the public base URL. */
    private String pathAndQuery() {
        URI request = uri.getRequestUri();
        return request.getRawPath() + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery());
    }

    /** Twilio sends each parameter once; one sent twice is not Twilio's. */
    private static Map<String, String> single(MultivaluedMap<String, String> form) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (form == null) {
            return parameters;
        }
        for (Map.Entry<String, List<String>> parameter : form.entrySet()) {
            if (parameter.getValue().size() != 1) {
                throw new InvalidInputException(parameter.getKey(), "must be given once");
            }
            parameters.put(parameter.getKey(), parameter.getValue().get(0));
        }
        return parameters;
    }
}
