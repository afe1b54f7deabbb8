package org.realtycrm.identity.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.identity.boundary.Duty;
import org.realtycrm.platform.problem.InvalidInputException;

/** On duty or off: {@code me} for yourself (ADMIN, AGENT), a user's id for anyone (ADMIN). */
@Path("users/{user}/duty")
@Tag(name = "routing")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DutyResource {

    @Inject
    Duty duty;

    @PUT
    @Operation(summary = "Go on or off duty", description = "{\"onDuty\": false}: no routed lead comes to you (round "
            + "robins skip you; a rule naming you passes the lead on).")
    @APIResponse(responseCode = "400", description = "onDuty missing or not true/false")
    @APIResponse(responseCode = "403", description = "An agent naming someone else")
    public UserJson set(@Parameter(description = "me, or a user's id (ADMIN)") @PathParam("user") String user,
            @NotNull JsonObject body) {
        JsonValue onDuty = body.get("onDuty");
        JsonValue.ValueType given = onDuty == null ? JsonValue.ValueType.NULL : onDuty.getValueType();
        if (given != JsonValue.ValueType.TRUE && given != JsonValue.ValueType.FALSE) {
            throw new InvalidInputException("onDuty", "must be true or false");
        }
        boolean on = given == JsonValue.ValueType.TRUE;
        if ("me".equals(user)) {
            return UserJson.of(duty.mine(on));
        }
        try {
            return UserJson.of(duty.of(Long.parseLong(user), on));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("user", "must be me or a user's id");
        }
    }
}
