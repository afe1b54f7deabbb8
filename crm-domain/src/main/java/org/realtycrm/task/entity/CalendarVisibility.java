package org.realtycrm.task.entity;

/**
 * Whose tasks and appointments a caller may see: everyone's, or only their own. Every task and appointment query
 * takes one, so the record-level rule is applied by the repository and cannot be forgotten by a caller.
 */
public record CalendarVisibility(Long onlyAssigneeId) {

    private static final CalendarVisibility ALL = new CalendarVisibility(null);

    public static CalendarVisibility all() {
        return ALL;
    }

    public static CalendarVisibility assignedTo(long userId) {
        return new CalendarVisibility(userId);
    }

    public boolean isRestricted() {
        return onlyAssigneeId != null;
    }

    /** @param assigneeId whose calendar is asked for; {@code null} for every calendar the caller may see */
    public boolean allowsCalendarOf(Long assigneeId) {
        return !isRestricted() || onlyAssigneeId.equals(assigneeId);
    }
}
