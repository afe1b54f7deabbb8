package org.realtycrm.campaign.entity;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.realtycrm.platform.problem.FieldError;

/**
 * The rules of a message's extra headers ({@code List-Unsubscribe}, {@code Reply-To}, {@code X-…}). A header is a
 * name and one line of printable ASCII: a line break or any other control character in a name or a value is refused,
 * never cleaned, so a value cannot start a header of its own. The headers that the message's own fields make (To,
 * From, Subject …) and those SendGrid reserves cannot be set here: addressing is only ever the recipient's field. The
 * one exception is {@code Reply-To}, where replies go: one plain address ({@link MailAddress}), never a list or a
 * name, so it can add no recipient; providers set it as an address of their own ({@code reply_to}), not a header.
 */
public final class MailHeaders {

    public static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    public static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";
    /** RFC 8058's one value of {@code List-Unsubscribe-Post}: the unsubscribe address takes a POST with this body. */
    public static final String ONE_CLICK = "List-Unsubscribe=One-Click";
    /** Where replies go: our address that SendGrid's Inbound Parse receives. */
    public static final String REPLY_TO = "Reply-To";

    public static final int MAX_HEADERS = 20;
    public static final int MAX_NAME_LENGTH = 76;
    /** RFC 5322's line limit. */
    public static final int MAX_VALUE_LENGTH = 998;

    /** Lower-cased: set by the message's fields or by the provider (SendGrid refuses these in its headers object). */
    private static final Set<String> RESERVED = Set.of("to", "from", "subject", "cc", "bcc", "sender",
            "return-path", "content-type", "content-transfer-encoding", "mime-version", "received", "dkim-signature",
            "x-sg-id", "x-sg-eid");

    /** The extra headers a message of ours may carry: one-click unsubscribe (RFC 2369, RFC 8058), and our own. */
    private static final Set<String> ALLOWED = Set.of("list-unsubscribe", "list-unsubscribe-post", "list-id",
            "auto-submitted", "precedence", "reply-to");
    private static final String OWN_PREFIX = "x-realty-";

    private MailHeaders() {
    }

    /**
     * Checks every header and reports each wrong one as {@code headers.<name>} (or {@code headers}).
     *
     * @return the headers in the order given, values stripped; unmodifiable
     */
    static Map<String, String> checked(Map<String, String> headers, List<FieldError> errors) {
        if (headers == null || headers.isEmpty()) {
            return Map.of();
        }
        if (headers.size() > MAX_HEADERS) {
            errors.add(new FieldError("headers", "must be at most " + MAX_HEADERS));
            return Map.of();
        }
        Map<String, String> checked = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, String> header : headers.entrySet()) {
            String name = header.getKey();
            if (!isName(name)) {
                errors.add(new FieldError("headers", "a header name is 1 to " + MAX_NAME_LENGTH
                        + " printable ASCII characters without spaces or colons"));
                continue;
            }
            String field = "headers." + name;
            String lower = name.toLowerCase(Locale.ROOT);
            if (RESERVED.contains(lower)) {
                errors.add(new FieldError(field, "is set by the message itself, not as an extra header"));
                continue;
            }
            if (!ALLOWED.contains(lower) && !lower.startsWith(OWN_PREFIX)) {
                // an allowlist: a header no mail of ours needs (Resent-Bcc, Disposition-Notification-To) is refused
                errors.add(new FieldError(field, "is not a header the product sends: " + ALLOWED + " or "
                        + OWN_PREFIX + "…"));
                continue;
            }
            if (!seen.add(lower)) {
                errors.add(new FieldError(field, "is given twice"));
                continue;
            }
            String raw = header.getValue() == null ? "" : header.getValue();
            String value = raw.strip();
            // checked before stripping: a line break is refused wherever it stands, never cut off
            if (!isLine(raw) || value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
                errors.add(new FieldError(field, "must be 1 to " + MAX_VALUE_LENGTH
                        + " printable ASCII characters on one line"));
                continue;
            }
            if (lower.equals("reply-to")) {
                if (!MailAddress.isValid(value.toLowerCase(Locale.ROOT))) {
                    errors.add(new FieldError(field, "must be one plain email address"));
                    continue;
                }
                value = value.toLowerCase(Locale.ROOT);
            }
            checked.put(name, value);
        }
        checkUnsubscribe(checked, errors);
        return Collections.unmodifiableMap(checked);
    }

    /**
     * {@code List-Unsubscribe} (RFC 2369) is a list of {@code <https://…>} or {@code <mailto:…>} addresses; its
     * one-click form (RFC 8058) adds {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}, which needs an HTTPS
     * address to post to.
     */
    private static void checkUnsubscribe(Map<String, String> headers, List<FieldError> errors) {
        String unsubscribe = find(headers, LIST_UNSUBSCRIBE);
        String post = find(headers, LIST_UNSUBSCRIBE_POST);
        if (unsubscribe != null && !unsubscribeAddresses(unsubscribe)) {
            errors.add(new FieldError("headers." + LIST_UNSUBSCRIBE, "must be one or more <https://…> or "
                    + "<mailto:…> addresses, separated by commas"));
        }
        if (post != null) {
            if (!post.equals(ONE_CLICK)) {
                errors.add(new FieldError("headers." + LIST_UNSUBSCRIBE_POST, "must be " + ONE_CLICK + " (RFC 8058)"));
            } else if (unsubscribe == null || !unsubscribe.contains("<https://")) {
                errors.add(new FieldError("headers." + LIST_UNSUBSCRIBE_POST, "needs a " + LIST_UNSUBSCRIBE
                        + " header with an <https://…> address (RFC 8058)"));
            }
        }
    }

    private static boolean unsubscribeAddresses(String value) {
        for (String part : value.split(",", -1)) {
            String address = part.strip();
            if (address.length() < 3 || address.charAt(0) != '<' || address.charAt(address.length() - 1) != '>') {
                return false;
            }
            String uri = address.substring(1, address.length() - 1);
            if (!(uri.startsWith("https://") && uri.length() > "https://".length()
                    || uri.startsWith("mailto:") && uri.length() > "mailto:".length())
                    || uri.chars().anyMatch(c -> c == '<' || c == '>' || c == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** A header's value, its name compared without case. */
    public static String find(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    /** RFC 5322 field name: printable ASCII but the colon. */
    private static boolean isName(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return false;
        }
        return name.chars().allMatch(c -> c >= 33 && c <= 126 && c != ':');
    }

    /** Printable ASCII and spaces only: no line break, tab or other control character, nothing to encode. */
    private static boolean isLine(String value) {
        return value.chars().allMatch(c -> c >= 32 && c <= 126);
    }
}
