package org.realtycrm.task.ui;

import java.io.Serializable;

import org.realtycrm.task.entity.CalendarEntry;

/**
 * What the calendar keeps of an entry it shows, as the data of its schedule event: enough to move it (its id and
 * version) and to open it (whose it is, and the lead's name, which the entities read from the boundaries cannot give
 * once their transaction has ended). A plain serializable copy: the view, and so its events, may be serialized.
 */
public record EntryRef(CalendarEntry.Type type, long id, long version, String title, Long leadId, String leadName,
        long assigneeId, boolean done) implements Serializable {

    static EntryRef of(CalendarEntry entry) {
        return new EntryRef(entry.type(), entry.id(), entry.version(), entry.title(), entry.leadId(),
                entry.leadName(), entry.assigneeId(), entry.done());
    }

    public boolean isTask() {
        return type == CalendarEntry.Type.TASK;
    }
}
