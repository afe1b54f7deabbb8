package org.realtycrm.task.ui;

import org.realtycrm.task.entity.Recurrence;
import org.realtycrm.task.entity.TaskKind;

/** Task kinds and recurrences as the screens name them. */
final class TaskWords {

    private TaskWords() {
    }

    static String kind(TaskKind kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case CALL -> "Call";
            case TEXT -> "Text";
            case EMAIL -> "Email";
            case SHOWING -> "Showing";
            case OTHER -> "Other";
            // a kind added later reads as its name until it is given words here
            default -> kind.name();
        };
    }

    static String recurrence(Recurrence recurrence) {
        if (recurrence == null) {
            return "Does not repeat";
        }
        return switch (recurrence) {
            case NONE -> "Does not repeat";
            case DAILY -> "Every day";
            case WEEKDAYS -> "Every weekday (Monday to Friday)";
            case WEEKLY -> "Every week";
            case MONTHLY -> "Every month";
            default -> recurrence.name();
        };
    }
}
