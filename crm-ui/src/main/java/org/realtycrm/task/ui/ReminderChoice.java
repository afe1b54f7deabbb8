package org.realtycrm.task.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A reminder the entry dialog offers: the bell rings this many minutes before the task is due or the appointment
 * starts. A reminder set through the API at another lead time is offered too, so that opening and saving the entry
 * keeps it.
 */
public record ReminderChoice(int minutes, String label) implements Serializable {

    private static final List<Integer> USUAL = List.of(0, 5, 10, 15, 30, 60, 120, 24 * 60);

    /** The usual lead times, with {@code current} among them when it is not one of them. */
    static List<ReminderChoice> around(Integer current) {
        List<Integer> minutes = new ArrayList<>(USUAL);
        if (current != null && !minutes.contains(current)) {
            minutes.add(current);
            minutes.sort(Comparator.naturalOrder());
        }
        return minutes.stream().map(each -> new ReminderChoice(each, words(each))).toList();
    }

    /** "At the time", "15 minutes before", "2 hours before", "1 day before", "90 minutes before". */
    static String words(int minutes) {
        if (minutes == 0) {
            return "At the time";
        }
        if (minutes % (24 * 60) == 0) {
            return plural(minutes / (24 * 60), "day") + " before";
        }
        if (minutes % 60 == 0) {
            return plural(minutes / 60, "hour") + " before";
        }
        return plural(minutes, "minute") + " before";
    }

    private static String plural(int count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
