package org.realtycrm.task.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChange;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.entity.Lead;

/**
 * Audits tasks and appointments: every change under the record itself, with its fields before and after; and, for one
 * about a lead, what the lead's timeline should show (set, done, booked) as a line of its own there.
 */
@ApplicationScoped
public class CalendarAudit {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a z");

    @Inject
    ActivityRecorder activities;

    @Inject
    @ConfigProperty(name = "crm.brokerage.time-zone")
    ZoneId zone;

    public void record(User actor, SubjectType subject, long id, ActivityAction action, String summary,
            Map<String, FieldChange> changes) {
        activities.record(actor, subject, id, action, summary, changes);
    }

    /** A line on the lead's timeline, when the record is about a lead. */
    public void onTimeline(User actor, Lead lead, ActivityAction action, String summary) {
        if (lead != null) {
            activities.record(actor, SubjectType.LEAD, lead.getId(), action, summary, Map.of());
        }
    }

    /** A time as the brokerage reads it: "Mon 7 Dec 2026, 9:00 AM EST". */
    public String when(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }
}
