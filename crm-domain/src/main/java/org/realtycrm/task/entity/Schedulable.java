package org.realtycrm.task.entity;

import java.util.Objects;

import org.realtycrm.identity.entity.User;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RuleViolationException;

/** The checks tasks and appointments share: their words, their reminder, whose calendar they are in. */
final class Schedulable {

    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_DETAILS_LENGTH = 2_000;
    /** A reminder a week ahead at most: further ahead, it is a task of its own. */
    static final int MAX_REMIND_MINUTES = 7 * 24 * 60;

    private Schedulable() {
    }

    static String title(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "must not be blank");
        }
        return bounded("title", title.strip(), MAX_TITLE_LENGTH);
    }

    static String optional(String field, String text, int max) {
        return text == null || text.isBlank() ? null : bounded(field, text.strip(), max);
    }

    private static String bounded(String field, String text, int max) {
        if (text.length() > max) {
            throw new InvalidInputException(field, "at most " + max + " characters");
        }
        return text;
    }

    static Integer remindMinutes(Integer minutes) {
        if (minutes != null && (minutes < 0 || minutes > MAX_REMIND_MINUTES)) {
            throw new InvalidInputException("remindMinutesBefore", "from 0 to " + MAX_REMIND_MINUTES
                    + " minutes (a week)");
        }
        return minutes;
    }

    /** @throws RuleViolationException when the user cannot have a calendar of work (inactive, or a client) */
    static User assignee(User user) {
        Objects.requireNonNull(user, "assignee");
        if (!user.canOwnLeads()) {
            throw new RuleViolationException("user " + user.getId() + " cannot be given tasks or appointments"
                    + " (inactive or " + user.getRole() + ")");
        }
        return user;
    }
}
