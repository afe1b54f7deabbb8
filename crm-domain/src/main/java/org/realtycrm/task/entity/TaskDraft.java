package org.realtycrm.task.entity;

import java.time.Instant;

/**
 * What a task says, as a screen or the API gives it: checked by {@link Task} itself.
 *
 * @param leadId               the lead it is about; {@code null} for a task of its own
 * @param assigneeId           who is to do it; {@code null} for the caller
 * @param remindMinutesBefore  the bell rings this long before it is due; {@code null} for no reminder
 * @param recurrence           {@code null} for {@link Recurrence#NONE}
 */
public record TaskDraft(TaskKind kind, String title, String details, Long leadId, Long assigneeId, Instant dueAt,
                        Integer remindMinutesBefore, Recurrence recurrence) {
}
