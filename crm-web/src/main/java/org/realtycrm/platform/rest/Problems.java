package org.realtycrm.platform.rest;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import org.realtycrm.platform.logging.LogContext;
import org.realtycrm.platform.problem.FieldError;

/**
 * Builds RFC 9457 problem details. Every error the API returns goes through here, and each carries the request's
 * {@code requestId}, so that a caller who reports an error names the log events that tell what happened.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://realtycrm.org/problems/";

    private Problems() {
    }

    public static JsonObjectBuilder body(int status, String type, String title, String detail) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", TYPE_BASE + type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        LogContext.requestId().ifPresent(id -> body.add("requestId", id));
        return body;
    }

    public static JsonObjectBuilder withErrors(JsonObjectBuilder body, List<FieldError> errors) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        errors.forEach(e -> array.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
        return body.add("errors", array);
    }

    public static Response response(int status, JsonObjectBuilder body) {
        return response(status, body.build());
    }

    public static Response response(int status, JsonObject body) {
        return Response.status(status).type(MEDIA_TYPE).entity(body.toString()).build();
    }

    public static Response of(int status, String type, String title, String detail) {
        return response(status, body(status, type, title, detail));
    }

    public static Response invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return response(400, withErrors(body(400, "invalid-input", "Invalid input", detail), errors));
    }

    /** A problem the caller may try again after {@code seconds} ({@code Retry-After}): 429, 503. */
    public static Response retryLater(int status, String type, String title, String detail, long seconds) {
        return Response.fromResponse(of(status, type, title, detail)).header("Retry-After", seconds).build();
    }

    public static Response unauthenticated(String detail) {
        return Response.fromResponse(of(401, "unauthenticated", "Not signed in", detail))
                .header("WWW-Authenticate", "Bearer realm=\"realty-crm\"")
                .build();
    }

    public static Response forbidden(String detail) {
        return of(403, "forbidden", "Forbidden", detail);
    }
}
