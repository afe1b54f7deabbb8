package org.realtycrm.campaign.rest;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.campaign.boundary.Compliance;
import org.realtycrm.campaign.entity.Channel;
import org.realtycrm.campaign.entity.QuietHourRule;
import org.realtycrm.campaign.entity.SendPurpose;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.rest.Enums;

/** The compliance gate asked directly, and the states' calling hours (ADMIN; the check also AGENT). */
@Path("compliance")
@Tag(name = "compliance")
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    @Inject
    Compliance compliance;

    @GET
    @Path("check")
    @Operation(summary = "May this number be called or texted now, or this address be sent marketing email? "
            + "(ADMIN, AGENT)", description = "The gate's verdict: allowed, and every refusal {reason, detail, "
            + "retryAt?}: FEDERAL_DNC, FEDERAL_NOT_LOADED, FEDERAL_OUTDATED, STATE_DNC, INTERNAL_DNC, LITIGATOR, "
            + "QUIET_HOURS, FREQUENCY_CAP; for email=… EMAIL_OPTED_OUT. state: the recipient's address's state, if "
            + "known (else the number's area code gives the time zone).")
    @APIResponse(responseCode = "400", description = "Not a phone number or address; unknown channel or purpose")
    public JsonObject check(@QueryParam("phone") String phone, @QueryParam("email") String email,
            @QueryParam("state") String state, @QueryParam("channel") String channel,
            @QueryParam("purpose") String purpose) {
        if (email != null && phone != null) {
            throw new InvalidInputException("email", "is asked about alone: a phone number or an email address");
        }
        if (email != null) {
            if (channel != null && Enums.parse("channel", Channel.class, channel) != Channel.EMAIL) {
                throw new InvalidInputException("channel", "is EMAIL for an email address");
            }
            return TextsJson.verdict(compliance.checkEmail(email));
        }
        if (Enums.parse("channel", Channel.class, channel) == Channel.EMAIL) {
            throw new InvalidInputException("channel", "is SMS or CALL for a phone number");
        }
        return TextsJson.verdict(compliance.check(phone, state, Enums.parse("channel", Channel.class, channel),
                Enums.parse("purpose", SendPurpose.class, purpose)));
    }

    @GET
    @Path("quiet-hours")
    @Operation(summary = "The states' own calling hours (ADMIN, AGENT)", description = "Every other state: the "
            + "federal 08:00–21:00 in the recipient's local time.")
    public JsonObject quietHours() {
        JsonArrayBuilder items = TextsJson.JSON.createArrayBuilder();
        compliance.quietHourRules().forEach(rule -> items.add(json(rule)));
        return TextsJson.JSON.createObjectBuilder().add("federal", "08:00-21:00").add("items", items).build();
    }

    @PUT
    @Path("quiet-hours/{state}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a state's calling hours (ADMIN)", description = "Body {\"start\": \"08:00\", "
            + "\"end\": \"20:00\", \"version\": the version read, when changing}. Within 08:00–21:00: a state's "
            + "hours can only be stricter than the federal ones.")
    @APIResponse(responseCode = "400", description = "Field errors: state, start, end")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version read")
    public JsonObject setQuietHours(@PathParam("state") String state, JsonObject request) {
        if (request == null) {
            throw new InvalidInputException("start", "must be given");
        }
        JsonNumber version = request.containsKey("version") && !request.isNull("version")
                ? request.getJsonNumber("version") : null;
        return json(compliance.setQuietHours(state, time(request, "start"), time(request, "end"),
                version == null ? null : version.longValue()));
    }

    @DELETE
    @Path("quiet-hours/{state}")
    @Operation(summary = "Remove a state's own calling hours: the federal ones apply there (ADMIN)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "The state has no calling hours of its own")
    public Response removeQuietHours(@PathParam("state") String state) {
        compliance.removeQuietHours(state);
        return Response.noContent().build();
    }

    private static JsonObject json(QuietHourRule rule) {
        return TextsJson.JSON.createObjectBuilder()
                .add("state", rule.getState())
                .add("start", rule.window().start().toString())
                .add("end", rule.window().end().toString())
                .add("version", rule.getVersion())
                .build();
    }

    private static LocalTime time(JsonObject request, String field) {
        if (!request.containsKey(field) || request.isNull(field)) {
            throw new InvalidInputException(field, "must be given, such as 08:00");
        }
        try {
            return LocalTime.parse(request.getString(field));
        } catch (ClassCastException | DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a time of day such as 08:00");
        }
    }
}
