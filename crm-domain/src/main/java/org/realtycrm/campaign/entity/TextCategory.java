package org.realtycrm.campaign.entity;

import java.util.regex.Pattern;

import org.realtycrm.platform.problem.InvalidInputException;

/** What kind of text the outbox records: a lower-case word, as the mail outbox's categories. */
public final class TextCategory {

    /** An agent's text to a lead, from the lead's conversation. */
    public static final String CONVERSATION = "conversation";
    /** The one text allowed after an opt-out, saying it took effect. */
    public static final String OPT_OUT_CONFIRMATION = "opt-out-confirmation";
    /** The answer to an opt-in (START), saying texts will come again. */
    public static final String OPT_IN_CONFIRMATION = "opt-in-confirmation";
    /** A campaign's text: marketing, which counts against the cap on messages per recipient. */
    public static final String CAMPAIGN = "campaign";
    /** The answer to HELP: who is texting and how to stop it. */
    public static final String HELP = "help";

    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

    private TextCategory() {
    }

    static String checked(String category) {
        if (category == null || !WORD.matcher(category).matches()) {
            throw new InvalidInputException("category", "must be a lower-case word of at most 40 letters, digits,"
                    + " - or _");
        }
        return category;
    }
}
