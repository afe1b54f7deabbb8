package org.realtycrm.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON, or whose values have the wrong type. The answer names the fields and says in plain words
 * what is wrong; it never passes on a parser's or binder's own message, which speaks of Java classes and tokens.
 */
@Provider
public class MalformedRequestMapper implements ExceptionMapper<MalformedBodyException> {

    @Override
    public Response toResponse(MalformedBodyException e) {
        return Problems.response(400, Problems.withErrors(
                Problems.body(400, "malformed-request", "Malformed request", e.getMessage()), e.errors()));
    }

    /** A body JSON-B could not bind despite {@link JsonBodyReader}'s checks. */
    @Provider
    public static class Binding implements ExceptionMapper<JsonbException> {

        @Override
        public Response toResponse(JsonbException e) {
            return malformed();
        }
    }

    /** The runtime reports bodies it could not read (multipart, say) as a ProcessingException. */
    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {

        @Override
        public Response toResponse(ProcessingException e) {
            return malformed();
        }
    }

    static Response malformed() {
        return Problems.of(400, "malformed-request", "Malformed request",
                "the request could not be read: check that its body is well-formed for its Content-Type");
    }
}
