package org.realtycrm.platform.rest;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.realtycrm.lead.entity.DuplicateLeadException;
import org.realtycrm.platform.problem.AccessDeniedException;
import org.realtycrm.platform.problem.BusyException;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.LinkExpiredException;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.problem.RuleViolationException;
import org.realtycrm.platform.problem.StaleVersionException;
import org.realtycrm.platform.problem.TooLargeException;
import org.realtycrm.platform.problem.UnsupportedContentException;
import org.realtycrm.platform.problem.UnauthenticatedException;

/** Maps every business failure to its problem; the kinds are listed in docs/api.md. */
@Provider
public class CrmExceptionMapper implements ExceptionMapper<CrmException> {

    @Override
    public Response toResponse(CrmException e) {
        return problemFor(e);
    }

    static Response problemFor(CrmException e) {
        String detail = e.getMessage();
        if (e instanceof InvalidInputException invalid) {
            return Problems.invalid(invalid.errors());
        }
        if (e instanceof UnauthenticatedException) {
            return Problems.unauthenticated(detail);
        }
        if (e instanceof AccessDeniedException) {
            return Problems.forbidden(detail);
        }
        if (e instanceof RecordNotFoundException) {
            return Problems.of(404, "not-found", "Not found", detail);
        }
        if (e instanceof DuplicateLeadException duplicate) {
            JsonObjectBuilder body = Problems.body(409, "duplicate-lead", "Duplicate lead", detail)
                    .add("field", duplicate.field());
            if (duplicate.existingLeadId() != null) {
                body.add("existingLeadId", duplicate.existingLeadId());
            }
            return Problems.response(409, body);
        }
        if (e instanceof StaleVersionException) {
            return Problems.of(409, "stale-version", "Changed by someone else", detail);
        }
        if (e instanceof ConflictException) {
            return Problems.of(409, "conflict", "Conflict", detail);
        }
        if (e instanceof LinkExpiredException) {
            return Problems.of(410, "link-expired", "Link expired", detail);
        }
        if (e instanceof TooLargeException) {
            return Problems.of(413, "too-large", "Too large", detail);
        }
        if (e instanceof UnsupportedContentException) {
            return Problems.of(415, "unsupported-content", "Unsupported content", detail);
        }
        if (e instanceof RuleViolationException) {
            return Problems.of(422, "rule-violation", "Not allowed by the rules", detail);
        }
        if (e instanceof BusyException busy) {
            return Problems.retryLater(503, "busy", "Busy", detail, busy.retryAfterSeconds());
        }
        return Problems.of(400, "invalid-input", "Invalid request", detail);
    }
}
