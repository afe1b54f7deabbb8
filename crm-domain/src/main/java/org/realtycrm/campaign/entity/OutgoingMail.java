package org.realtycrm.campaign.entity;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * One message to one recipient, as the product hands it to the {@code Mailer}: who it is for, the subject, the plain
 * text (every message has one) and optionally HTML, a category (what kind of mail: {@code test}, {@code alert},
 * {@code invite}), extra headers such as {@code List-Unsubscribe}, and the caller's idempotency key: the same key is
 * never sent twice.
 *
 * <p>Made valid or not at all: every wrong field is reported at once ({@link InvalidInputException}). No line break
 * or other control character can reach a header (the recipient's name, the subject, the extra headers), so nothing a
 * caller passes on from a user can add a recipient or a header. {@link #toString()} shows neither the recipient nor
 * the bodies: they are personal data, and records end up in logs.
 */
public record OutgoingMail(String toAddress, String toName, String subject, String text, String html,
        String category, Map<String, String> headers, String idempotencyKey) {

    public static final int MAX_NAME = 120;
    /** What would make a display name read as more than a name: another address, or its brackets and quotes. */
    static final String NAME_SEPARATORS = ",;\"<>@";
    public static final int MAX_SUBJECT = 255;
    /** Per body: far above any mail we write, far below SendGrid's 30 MB for a whole message. */
    public static final int MAX_BODY = 1_000_000;
    public static final int MAX_KEY = 100;

    /** Lower-case words: {@code test}, {@code alert}, {@code invite}, {@code saved-search}. */
    private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    /** No @: an idempotency key names the reason for a message ({@code invite:42}), never its recipient. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_KEY + "}");

    public OutgoingMail {
        List<FieldError> errors = new ArrayList<>();
        toAddress = address(toAddress, errors);
        int before = errors.size();
        toName = optionalLine("toName", toName, MAX_NAME, errors);
        if (errors.size() == before && toName != null
                && toName.chars().anyMatch(c -> NAME_SEPARATORS.indexOf(c) >= 0)) {
            // SendGrid reads a comma or semicolon in a name as the start of another recipient ("Smith, John")
            errors.add(new FieldError("toName", "must not hold any of " + NAME_SEPARATORS));
            toName = null;
        }
        subject = requiredLine("subject", subject, MAX_SUBJECT, errors);
        text = body("text", text, true, errors);
        html = body("html", html, false, errors);
        if (category == null || !CATEGORY.matcher(category).matches()) {
            errors.add(new FieldError("category", "must be a lower-case word of at most 40 letters, digits, - or _"));
        }
        headers = MailHeaders.checked(headers, errors);
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            errors.add(new FieldError("idempotencyKey", "must be 1 to " + MAX_KEY
                    + " letters, digits, '.', '_', ':' or '-'"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * Whether {@code name} may stand as the recipient's display name (one line, at most {@link #MAX_NAME}
     * characters, none of {@link #NAME_SEPARATORS}): a caller with a person's name of any shape sends to the address
     * alone when it may not.
     */
    public static boolean fitsToName(String name) {
        return name != null && !name.isBlank() && name.strip().length() <= MAX_NAME
                && name.chars().noneMatch(c -> breaksLine(c) || NAME_SEPARATORS.indexOf(c) >= 0);
    }

    /** Starts a message to {@code address}; {@code name} may be null. */
    public static Builder to(String address, String name) {
        return new Builder(address, name);
    }

    private static String address(String raw, List<FieldError> errors) {
        try {
            return MailAddress.of("to", raw);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return raw;
        }
    }

    private static String requiredLine(String field, String value, int max, List<FieldError> errors) {
        String line = optionalLine(field, value, max, errors);
        if (line == null || line.isBlank()) {
            errors.add(new FieldError(field, "must not be blank"));
        }
        return line;
    }

    /** One line of text, stripped; blank is null. A line break anywhere, even at the end, is refused, not cut. */
    private static String optionalLine(String field, String value, int max, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        if (value.chars().anyMatch(OutgoingMail::breaksLine)) {
            errors.add(new FieldError(field, "must be one line, without control characters"));
            return value;
        }
        if (value.isBlank()) {
            return null;
        }
        String line = value.strip();
        if (line.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return line;
    }

    /**
     * Control characters, and Unicode's own line breaks: a mail system that reads a header line by line must never
     * see a second line in one.
     */
    private static boolean breaksLine(int c) {
        return c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static String body(String field, String value, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "must not be blank"));
            }
            return null;
        }
        if (value.length() > MAX_BODY) {
            errors.add(new FieldError(field, "must be at most " + MAX_BODY + " characters"));
        } else if (value.indexOf('\0') >= 0) {
            errors.add(new FieldError(field, "must not contain NUL characters"));
        }
        return value;
    }

    /** Where replies go, when the message names an address ({@link MailHeaders#REPLY_TO}). */
    public Optional<String> replyTo() {
        return Optional.ofNullable(MailHeaders.find(headers, MailHeaders.REPLY_TO));
    }

    /** Whether the recipient can leave with one click (RFC 8058): the alerts' and campaigns' rule. */
    public boolean hasOneClickUnsubscribe() {
        return MailHeaders.ONE_CLICK.equals(MailHeaders.find(headers, MailHeaders.LIST_UNSUBSCRIBE_POST));
    }

    @Override
    public String toString() {
        return "OutgoingMail[category=" + category + ", idempotencyKey=" + idempotencyKey + ", headers="
                + headers.keySet() + "]";
    }

    /** The fields of a message, in any order; {@link #build()} checks them all at once. */
    public static final class Builder {
        private final String toAddress;
        private final String toName;
        private String subject;
        private String text;
        private String html;
        private String category;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String idempotencyKey;

        private Builder(String toAddress, String toName) {
            this.toAddress = toAddress;
            this.toName = toName;
        }

        public Builder subject(String subject) { this.subject = subject; return this; }
        public Builder text(String text) { this.text = text; return this; }
        public Builder html(String html) { this.html = html; return this; }
        public Builder category(String category) { this.category = category; return this; }
        public Builder idempotencyKey(String key) { this.idempotencyKey = key; return this; }

        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** Replies go to {@code address} (one plain address), not to the sender. */
        public Builder replyTo(String address) {
            headers.put(MailHeaders.REPLY_TO, address);
            return this;
        }

        /**
         * RFC 8058's one-click unsubscribe: {@code List-Unsubscribe: <address>} and
         * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}. The address must be HTTPS; mail clients POST
         * {@code List-Unsubscribe=One-Click} to it, without cookies or any other sign-in.
         */
        public Builder oneClickUnsubscribe(URI address) {
            headers.put(MailHeaders.LIST_UNSUBSCRIBE, "<" + address + ">");
            headers.put(MailHeaders.LIST_UNSUBSCRIBE_POST, MailHeaders.ONE_CLICK);
            return this;
        }

        public OutgoingMail build() {
            return new OutgoingMail(toAddress, toName, subject, text, html, category, headers, idempotencyKey);
        }
    }
}
