package org.realtycrm.audit.control;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import org.realtycrm.audit.entity.Activity;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.ActivityRepository;
import org.realtycrm.audit.entity.FieldChange;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.entity.User;

/**
 * The one place that writes the audit trail. Boundaries call it inside their transaction, so an activity exists
 * exactly when the change it describes was committed.
 */
@ApplicationScoped
public class ActivityRecorder {

    // nulls are kept: {"from": null, "to": "x"} says the field was empty before
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @Inject
    ActivityRepository activities;

    /**
     * @param actor   who made the change; {@code null} for the system itself
     * @param changes field → before/after, as computed by {@link org.realtycrm.audit.entity.FieldChanges}
     */
    public Activity record(User actor, SubjectType subjectType, long subjectId, ActivityAction action,
            String summary, Map<String, FieldChange> changes) {
        return activities.add(new Activity(actor, subjectType, subjectId, action, summary, changesJson(changes)));
    }

    /**
     * Records history after the fact: what happened at {@code occurredAt}, not now. Only for records that stand for
     * the past (the demo job's synthetic timelines); every change a user or the system makes now uses
     * {@link #record}, so that the audit trail says when it really happened.
     */
    public Activity recordPast(Instant occurredAt, User actor, SubjectType subjectType, long subjectId,
            ActivityAction action, String summary, Map<String, FieldChange> changes) {
        return activities.add(Activity.past(occurredAt, actor, subjectType, subjectId, action, summary,
                changesJson(changes)));
    }

    /**
     * The stored form of changes ({@code {"field": {"from": …, "to": …}}}), for writers that insert activities
     * set-based, such as the CSV import, so that their entries read like every other.
     */
    public static String changesJson(Map<String, FieldChange> changes) {
        return JSON.toJson(changes);
    }
}
