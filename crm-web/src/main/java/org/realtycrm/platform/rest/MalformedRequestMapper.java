package org.realtycrm.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or whose values have the wrong type. */
@Provider
public class MalformedRequestMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException e) {
        return malformed(e);
    }

    /** The JSON-B provider reports unreadable bodies as a ProcessingException around the JsonbException. */
    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {

        @Override
        public Response toResponse(ProcessingException e) {
            return malformed(e);
        }
    }

    static Response malformed(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
        return Problems.of(400, "malformed-request", "Malformed request",
                "the request body is not valid JSON for this endpoint" + (reason.isBlank() ? "" : ": " + reason));
    }
}
