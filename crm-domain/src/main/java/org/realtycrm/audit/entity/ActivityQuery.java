package org.realtycrm.audit.entity;

import java.time.Instant;

/** Filters for the system-wide audit view; {@code null} means "any". */
public record ActivityQuery(SubjectType subjectType, Long subjectId, Long actorId, ActivityAction action, Instant since,
        Instant until) {
}
