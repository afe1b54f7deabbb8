package org.realtycrm.campaign.control;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Text and HTML in mail: people's words and listings' text put into a message's HTML as text, never as markup; and
 * the words of an HTML-only email we received, as plain text for the agent to read.
 */
public final class MailText {

    /** Where something that shows nothing starts: a script, a style, the head, a title, a comment. */
    private static final Pattern INVISIBLE = Pattern.compile("(?i)<(script|style|head|title)\\b|<!--");
    /**
     * Where each of them ends, found in the HTML as it is: a tag's name in any case of its ASCII letters, as HTML reads
     * it (never in a lower-cased copy, whose offsets are not the HTML's where lower-casing changes a length: 'İ').
     */
    private static final Map<String, Pattern> END_TAGS = Stream.of("script", "style", "head", "title")
            .collect(Collectors.toUnmodifiableMap(name -> name, name -> Pattern.compile("</" + name,
                    Pattern.CASE_INSENSITIVE)));
    private static final Pattern COMMENT_END = Pattern.compile("-->");
    private static final Pattern LINE_BREAK = Pattern.compile(
            "(?i)<br\\s*/?>|</?(p|div|li|tr|h[1-6]|blockquote)\\b[^<>]*>");
    /** No {@code <} inside: a run of them without a {@code >} is read once, not once per {@code <}. */
    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u00a0]*(\\n[ \\t\\u00a0]*)+\\n");

    /** The most HTML read for its words: far more than anyone writes, little enough that no markup makes it slow. */
    static final int MAX_HTML_READ = 200_000;

    private MailText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * HTML's words as text: scripts, styles and comments dropped, a line per paragraph, line break, list item or row,
     * the tags gone, the common entities read; only the first {@link #MAX_HTML_READ} characters. Not a renderer:
     * enough to read what someone wrote.
     */
    public static String plain(String html) {
        if (html == null) {
            return "";
        }
        String text = visible(html.length() <= MAX_HTML_READ ? html : html.substring(0, MAX_HTML_READ));
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text.replace("\r\n", "\n")).replaceAll("");
        Matcher entity = ENTITY.matcher(text);
        StringBuilder read = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(read, Matcher.quoteReplacement(entity(entity.group(1))));
        }
        entity.appendTail(read);
        return BLANK_LINES.matcher(read).replaceAll("\n\n").strip();
    }

    /**
     * The HTML without what shows nothing, each part found by searching on from where the last ended, so that
     * markup never makes this slower than one pass; an element left open hides the rest, as in a browser.
     */
    private static String visible(String html) {
        Matcher start = INVISIBLE.matcher(html);
        StringBuilder kept = new StringBuilder(html.length());
        int at = 0;
        while (at < html.length() && start.find(at)) {
            kept.append(html, at, start.start());
            boolean comment = start.group(1) == null;
            Matcher close = (comment ? COMMENT_END : END_TAGS.get(start.group(1).toLowerCase(Locale.ROOT)))
                    .matcher(html);
            if (!close.find(start.end())) {
                return kept.toString();
            }
            int after = comment ? close.end() : html.indexOf('>', close.end()) + 1;
            at = after <= 0 ? html.length() : after;
        }
        if (at < html.length()) {
            kept.append(html, at, html.length());
        }
        return kept.toString();
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                yield Character.isValidCodePoint(code) && code != 0 ? Character.toString(code) : "";
            }
        };
    }
}
