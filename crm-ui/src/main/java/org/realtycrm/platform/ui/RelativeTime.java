package org.realtycrm.platform.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** "just now", "5 min ago", "3 h ago", "2 d ago"; older than a week, the UTC date. */
public final class RelativeTime {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private RelativeTime() {
    }

    public static String since(Instant then, Instant now) {
        if (then == null) {
            return "";
        }
        Duration age = Duration.between(then, now);
        if (age.toMinutes() < 1) {
            // includes a small clock skew into the future
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min ago";
        }
        if (age.toDays() < 1) {
            return age.toHours() + " h ago";
        }
        if (age.toDays() < 7) {
            return age.toDays() + " d ago";
        }
        return DATE.format(then);
    }
}
