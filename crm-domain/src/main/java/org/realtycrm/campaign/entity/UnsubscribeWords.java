package org.realtycrm.campaign.entity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an email only asks to stop getting mail: its subject, or the first line of its body that says anything, is
 * "unsubscribe", "remove me", "stop" or "opt out" and nothing more (any case; punctuation and a reply's "Re:" do not
 * count). A sentence that merely holds the word ("Stop by on Saturday?") is a message: the lead's agent reads it.
 */
public final class UnsubscribeWords {

    private static final Set<String> ALONE = Set.of("unsubscribe", "unsubscribe me", "remove me", "stop", "opt out",
            "optout");
    /** A reply's or forward's prefixes, as mail clients write them in English and German. */
    private static final Pattern REPLY_PREFIX = Pattern.compile("^(?:(?:re|aw|fw|fwd|wg)\\s*:\\s*)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private UnsubscribeWords() {
    }

    /** @param body the email's text (the plain part, or its HTML made text) */
    public static boolean asked(String subject, String body) {
        return isRequest(subject == null ? "" : REPLY_PREFIX.matcher(subject.strip()).replaceFirst(""))
                || isRequest(firstLine(body));
    }

    /** Whether the words, without punctuation, are one of the requests alone. */
    static boolean isRequest(String words) {
        if (words == null) {
            return false;
        }
        String plain = NOT_A_WORD.matcher(words.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return ALONE.contains(plain);
    }

    /** The first line that holds a letter or digit; empty for none. */
    static String firstLine(String body) {
        if (body == null) {
            return "";
        }
        return body.lines().filter(line -> line.codePoints().anyMatch(Character::isLetterOrDigit)).findFirst()
                .orElse("");
    }
}
