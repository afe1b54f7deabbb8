package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.realtycrm.audit.entity.Activity;
import org.realtycrm.audit.entity.ActivityAction;

/** One entry of a lead's timeline as the detail screen shows it: when, who, what, and each field before and after. */
public final class TimelineEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One changed field; a note is a change of "note" from nothing to its text. */
    public static final class Change implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String field;
        private final String from;
        private final String to;

        Change(String field, String from, String to) {
            this.field = field;
            this.from = from;
            this.to = to;
        }

        public String getField() {
            return field;
        }

        public String getFrom() {
            return from;
        }

        public String getTo() {
            return to;
        }
    }

    private final String when;
    private final String actor;
    private final ActivityAction action;
    private final String summary;
    private final List<Change> changes;

    private TimelineEntry(String when, String actor, ActivityAction action, String summary, List<Change> changes) {
        this.when = when;
        this.actor = actor;
        this.action = action;
        this.summary = summary;
        this.changes = changes;
    }

    static TimelineEntry of(Activity activity, Brokerage brokerage) {
        return new TimelineEntry(brokerage.format(activity.getOccurredAt()),
                activity.getActor() == null ? "System" : activity.getActor().getName(),
                activity.getAction(), activity.getSummary(), changes(activity.getChangesJson()));
    }

    private static List<Change> changes(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject changes = reader.readObject();
            return changes.entrySet().stream()
                    .map(entry -> new Change(entry.getKey(), text(entry.getValue(), "from"), text(entry.getValue(), "to")))
                    .toList();
        }
    }

    private static String text(JsonValue change, String side) {
        JsonObject object = change.asJsonObject();
        return object.isNull(side) ? null : object.getString(side);
    }

    public boolean isNote() {
        return action == ActivityAction.NOTE_ADDED;
    }

    public String getWhen() {
        return when;
    }

    public String getActor() {
        return actor;
    }

    public ActivityAction getAction() {
        return action;
    }

    public String getSummary() {
        return summary;
    }

    public List<Change> getChanges() {
        return changes;
    }
}
