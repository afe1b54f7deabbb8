package org.realtycrm.campaign.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an inbound text is taken as. The carriers' and the CTIA's keywords, as single-word replies (case, spaces,
 * punctuation and a hyphen do not matter: "Stop.", "opt-out", "OPT OUT"): STOP, END, CANCEL, UNSUBSCRIBE, QUIT,
 * STOPALL, REVOKE and OPTOUT opt out; START, YES and UNSTOP opt back in; HELP and INFO ask who is texting.
 *
 * <p>The FCC's rule on revoking consent (47 CFR 64.1200(a)(10)) also counts a reply that asks to stop in a few more
 * words: a short reply (at most {@link #SHORT_REPLY} words) that begins or ends with STOP, STOPALL, UNSUBSCRIBE,
 * OPTOUT, REVOKE or QUIT ("Stop texting me", "please unsubscribe") opts out too. END and CANCEL count only alone:
 * "cancel my showing" is an answer. Anything else is a message. Stored by name: append, never rename.
 */
public enum TextKeyword {
    MESSAGE,
    OPT_OUT,
    OPT_IN,
    HELP;

    /** The most words a reply may have and still be taken as asking to stop by its first or last word. */
    public static final int SHORT_REPLY = 6;

    private static final Set<String> OPT_OUT_WORDS = Set.of("STOP", "END", "CANCEL", "UNSUBSCRIBE", "QUIT",
            "STOPALL", "REVOKE", "OPTOUT");
    /** The words that ask to stop whatever else a short reply says. */
    private static final Set<String> STOP_IN_A_SENTENCE = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "OPTOUT", "REVOKE",
            "QUIT");
    private static final Set<String> OPT_IN_WORDS = Set.of("START", "YES", "UNSTOP");
    private static final Set<String> HELP_WORDS = Set.of("HELP", "INFO");

    /**
     * The keyword a text's body is. "YES" is an opt-in only to a number that opted out; to anyone else it is an
     * answer: the caller decides that ({@link #OPT_IN} is what the word says, not what it does).
     */
    public static TextKeyword of(String body) {
        List<String> words = words(body);
        if (words.isEmpty()) {
            return MESSAGE;
        }
        String whole = String.join("", words); // "OPT OUT", "opt-out", "stop all"
        if (OPT_OUT_WORDS.contains(whole)) {
            return OPT_OUT;
        }
        if (OPT_IN_WORDS.contains(whole)) {
            return OPT_IN;
        }
        if (HELP_WORDS.contains(whole)) {
            return HELP;
        }
        boolean asksToStop = words.size() <= SHORT_REPLY && (STOP_IN_A_SENTENCE.contains(words.get(0))
                || STOP_IN_A_SENTENCE.contains(words.get(words.size() - 1))
                || words.size() > 1 && (words.get(0) + words.get(1)).equals("OPTOUT")
                || words.size() > 1 && (words.get(words.size() - 2) + words.get(words.size() - 1)).equals("OPTOUT"));
        return asksToStop ? OPT_OUT : MESSAGE;
    }

    /** The keyword as one word, for a record of what someone sent ("OPTOUT" for "opt-out!!!"); empty for none. */
    public static String wordOf(String body) {
        List<String> words = words(body);
        String whole = String.join("", words);
        return whole.length() <= 12 ? whole : String.join(" ", words.subList(0, Math.min(3, words.size())));
    }

    /** The body's words, upper-cased, without punctuation (a hyphen splits: "opt-out" is OPT, OUT). */
    private static List<String> words(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        return Arrays.stream(body.toUpperCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
                .map(word -> word.replace("'", "")).filter(word -> !word.isEmpty()).toList();
    }
}
