package org.realtycrm.lead.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a lead stands. The main road is NEW → CONTACTED → QUALIFIED → UNDER_CONTRACT → CLOSED;
 * NURTURE parks a lead that is not ready yet, LOST closes one that went nowhere. Both can be revived.
 * A fallen-through contract goes back to QUALIFIED. CLOSED is final.
 */
public enum LeadStatus {
    NEW,
    CONTACTED,
    QUALIFIED,
    UNDER_CONTRACT,
    CLOSED,
    NURTURE,
    LOST;

    private Set<LeadStatus> next;

    static {
        NEW.next = EnumSet.of(CONTACTED, NURTURE, LOST);
        CONTACTED.next = EnumSet.of(QUALIFIED, NURTURE, LOST);
        QUALIFIED.next = EnumSet.of(UNDER_CONTRACT, NURTURE, LOST);
        UNDER_CONTRACT.next = EnumSet.of(CLOSED, QUALIFIED, LOST);
        CLOSED.next = EnumSet.noneOf(LeadStatus.class);
        NURTURE.next = EnumSet.of(CONTACTED, QUALIFIED, LOST);
        LOST.next = EnumSet.of(NURTURE, CONTACTED);
    }

    public boolean canMoveTo(LeadStatus target) {
        return next.contains(target);
    }

    /** Still being worked: follow-ups on it are expected (CLOSED and LOST leads need none). */
    public boolean isOpen() {
        return this != CLOSED && this != LOST;
    }

    /** Every status that {@link #isOpen() is open}: what "overdue" looks at. */
    public static List<LeadStatus> open() {
        return Arrays.stream(values()).filter(LeadStatus::isOpen).toList();
    }

    /** The statuses a lead in this status may move to next. */
    public Set<LeadStatus> nextStatuses() {
        return next.isEmpty() ? EnumSet.noneOf(LeadStatus.class) : EnumSet.copyOf(next);
    }
}
