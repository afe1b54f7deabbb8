package org.realtycrm.audit.rest;

import java.io.StringReader;
import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.audit.entity.Activity;
import org.realtycrm.identity.entity.User;

@Schema(name = "Activity", example = """
        {"id": 9, "occurredAt": "2026-11-21T09:30:00Z", "actor": {"id": 1, "name": "Administrator"},
         "subjectType": "LEAD", "subjectId": 42, "action": "STATUS_CHANGED", "summary": "Status NEW → CONTACTED",
         "changes": {"status": {"from": "NEW", "to": "CONTACTED"}}}""")
public record ActivityJson(long id, Instant occurredAt, ActorRef actor, String subjectType, long subjectId,
        String action, String summary,
        @Schema(description = "field → {from, to}; values as text, null when empty") JsonObject changes) {

    @Schema(name = "ActorRef", description = "null when the system itself made the change")
    public record ActorRef(long id, String name) {
    }

    public static ActivityJson of(Activity activity) {
        User actor = activity.getActor();
        return new ActivityJson(activity.getId(), activity.getOccurredAt(),
                actor == null ? null : new ActorRef(actor.getId(), actor.getName()),
                activity.getSubjectType().name(), activity.getSubjectId(), activity.getAction().name(),
                activity.getSummary(), parse(activity.getChangesJson()));
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
