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

    public Note {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("note", "must not be blank");
        }
        text = text.strip();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException("note", "must be at most " + MAX_LENGTH + " characters");
        }
    }

    /**
     * What the timeline shows as the activity's title. Not the text itself: a summary is stored in the clear, and a
     * note is sealed like the rest of a lead's contact data; the timeline shows the text from the activity's changes.
     */
    public String summary() {
        return "Note added";
    }
}
