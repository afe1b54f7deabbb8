package org.realtycrm.lead.entity;

import org.realtycrm.platform.problem.InvalidInputException;

/**
 * A note someone adds to a lead's timeline ("called, wants a 3-bed near the school"). Notes are activities, not
 * a field of the lead: each one is kept with its author and time, and adding one never conflicts with an edit.
 */
public record Note(String text) {

    public static final int MAX_LENGTH = 2_000;
    /** The name under which the note's text is kept in the activity's changes. */
    public static final String FIELD = "note";
    private static final int SUMMARY_LENGTH = 120;

    public Note {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("note", "must not be blank");
        }
        text = text.strip();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException("note", "must be at most " + MAX_LENGTH + " characters");
        }
    }

    /** The first line, shortened: what a timeline shows before the full text. */
    public String summary() {
        String firstLine = text.lines().findFirst().orElse("");
        return "Note: " + (firstLine.length() > SUMMARY_LENGTH ? firstLine.substring(0, SUMMARY_LENGTH) + "…" : firstLine);
    }
}
