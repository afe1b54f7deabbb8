package org.realtycrm.campaign.rest;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.campaign.boundary.LeadTexts;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.rest.Problems;

/** A lead's texts: the conversation, and a text sent through the compliance gate (ADMIN, AGENT: the lead's agent). */
@Path("leads/{id}/texts")
@Tag(name = "texts")
@Produces(MediaType.APPLICATION_JSON)
public class LeadTextsResource {

    @Inject
    LeadTexts texts;

    @GET
    @Operation(summary = "The lead's texts both ways, oldest first (ADMIN, AGENT)", description = "At most the "
            + "latest 500. direction INBOUND (from the lead: status RECEIVED, category the keyword MESSAGE, OPT_OUT, "
            + "OPT_IN or HELP) or OUTBOUND (status RECORDED, SENT, FAILED or REFUSED with its refusals; "
            + "carrierStatus as Twilio reported it).")
    @APIResponse(responseCode = "404", description = "No lead the caller may see has this id")
    public JsonObject conversation(@PathParam("id") long leadId) {
        JsonArrayBuilder items = TextsJson.JSON.createArrayBuilder();
        texts.conversation(leadId).forEach(text -> items.add(TextsJson.conversation(text)));
        return TextsJson.JSON.createObjectBuilder().add("items", items).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Text the lead (ADMIN, AGENT)", description = "Body {\"body\": \"…\", \"to\": optional, "
            + "one of the lead's numbers (default: their first mobile number)}. The compliance gate decides first: "
            + "Do-Not-Call lists (federal with data no older than 31 days, state, the company's own, litigators), "
            + "the calling hours (8 am to 9 pm, or a state's stricter hours, in the recipient's time zone). A refused "
            + "text is recorded and on the lead's timeline, and answered 422 send-refused with every reason. The "
            + "same Idempotency-Key again answers the first text and sends nothing.")
    @APIResponse(responseCode = "201", description = "Sent (status SENT), kept (RECORDED: the server only keeps its "
            + "texts) or failed at the provider (FAILED with its error)")
    @APIResponse(responseCode = "200", description = "The text this Idempotency-Key sent before")
    @APIResponse(responseCode = "400", description = "Field errors: body, to, Idempotency-Key")
    @APIResponse(responseCode = "404", description = "No lead the caller may see has this id")
    @APIResponse(responseCode = "422", description = "send-refused: the compliance gate refused it; refusals "
            + "[{reason, detail, retryAt?}], textId, holdUntil when waiting alone lifts it")
    public Response send(@PathParam("id") long leadId,
            @Parameter(description = "your key for this text: 1 to 64 letters, digits, '.', '_', ':' or '-'",
                    schema = @Schema(type = SchemaType.STRING)) @HeaderParam("Idempotency-Key") String key,
            JsonObject request) {
        if (request == null) {
            throw new InvalidInputException("body", "must be given");
        }
        LeadTexts.SentText sent = texts.send(leadId, text(request, "to"), text(request, "body"), key);
        if (sent.refused()) {
            var problem = Problems.body(422, "send-refused", "Refused by the compliance gate",
                    "the text was not sent: " + sent.verdict().map(v -> v.reasonsInWords()).orElse("refused before"))
                    .add("textId", sent.text().getId())
                    .add("refusals", TextsJson.refusals(sent.text().getRefusal()));
            sent.verdict().flatMap(v -> v.holdUntil()).ifPresent(until -> problem.add("holdUntil", until.toString()));
            return Problems.response(422, problem);
        }
        JsonObject json = TextsJson.sent(sent.text());
        if (!sent.isNew()) {
            return Response.ok(json).build();
        }
        return Response.created(URI.create("leads/" + leadId + "/texts")).entity(json).build();
    }

    private static String text(JsonObject request, String field) {
        if (!request.containsKey(field) || request.isNull(field)) {
            return null;
        }
        try {
            return request.getString(field);
        } catch (ClassCastException e) {
            throw new InvalidInputException(field, "must be a string");
        }
    }
}
