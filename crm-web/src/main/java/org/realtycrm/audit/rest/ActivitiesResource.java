package org.realtycrm.audit.rest;

import java.time.OffsetDateTime;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.realtycrm.audit.boundary.AuditTrail;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.ActivityQuery;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.rest.Enums;
import org.realtycrm.platform.rest.PageJson;

@Path("activities")
@Tag(name = "activities")
@Produces(MediaType.APPLICATION_JSON)
public class ActivitiesResource {

    @Inject
    AuditTrail auditTrail;

    @GET
    @Operation(summary = "The system-wide audit trail, newest first (ADMIN)")
    public PageJson<ActivityJson> search(@QueryParam("subjectType") String subjectType,
            @QueryParam("subjectId") Long subjectId, @QueryParam("actorId") Long actorId,
            @QueryParam("action") String action, @QueryParam("since") String since,
            @QueryParam("until") String until, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        ActivityQuery query = new ActivityQuery(Enums.parseFilter("subjectType", SubjectType.class, subjectType), subjectId,
                actorId, Enums.parseFilter("action", ActivityAction.class, action), instant("since", since),
                instant("until", until));
        return PageJson.of(auditTrail.search(query, PageRequest.of(page, size)), ActivityJson::of);
    }

    private static java.time.Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, "must be an ISO-8601 date-time such as 2026-11-21T09:00:00Z");
        }
    }
}
