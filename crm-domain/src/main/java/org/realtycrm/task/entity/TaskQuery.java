package org.realtycrm.task.entity;

import java.time.Instant;

/**
 * Which tasks to list; every part is optional.
 *
 * @param open    {@code true} for open tasks, {@code false} for done ones, {@code null} for both
 * @param dueFrom due at or after
 * @param dueTo   due before
 */
public record TaskQuery(Long assigneeId, Long leadId, Boolean open, Instant dueFrom, Instant dueTo) {

    public static TaskQuery openOf(long assigneeId) {
        return new TaskQuery(assigneeId, null, true, null, null);
    }
}
