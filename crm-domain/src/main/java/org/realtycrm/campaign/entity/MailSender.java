package org.realtycrm.campaign.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.realtycrm.identity.entity.EmailAddress;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Who an email is from, as its From header names them: {@code ana@example.com}, {@code Ana Lima <Ana@Example.com>},
 * {@code "Lima, Ana" <ana@example.com>}, {@code ana@example.com (Ana Lima)}, a name in RFC 2047's encoded words. The
 * address lower-cased, as every email of the product is; the display name as the sender wrote it, if any. Only the
 * first address counts when a header names several.
 */
public record MailSender(String address, String displayName) {

    /** What a lead made from an email is called when the sender gave no name. */
    public static final String NO_NAME = "Unknown";

    /** Who sends bounces and delivery reports: never a person replying. */
    private static final Pattern DAEMON = Pattern.compile("mailer-daemon|postmaster|mail-daemon|maildaemon");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The sender of a From header; empty when it names no address we could reach. */
    public static Optional<MailSender> of(String from) {
        if (from == null || from.isBlank()) {
            return Optional.empty();
        }
        String header = firstMailbox(from.strip());
        String address;
        String name;
        int open = header.lastIndexOf('<');
        int close = open < 0 ? -1 : header.indexOf('>', open);
        if (close > open) {
            address = header.substring(open + 1, close);
            name = header.substring(0, open);
        } else {
            int comment = header.indexOf('(');
            int commentEnd = header.lastIndexOf(')');
            address = comment < 0 ? header : header.substring(0, comment);
            name = comment >= 0 && commentEnd > comment ? header.substring(comment + 1, commentEnd) : "";
        }
        try {
            String normalised = EmailAddress.normalize("from", address.strip());
            return normalised == null ? Optional.empty()
                    : Optional.of(new MailSender(normalised, displayName(name)));
        } catch (InvalidInputException notAnAddress) {
            return Optional.empty();
        }
    }

    /** Whether it is a mail system's own address (a bounce, a delivery report): no person wrote it. */
    public boolean isMailSystem() {
        return DAEMON.matcher(address.substring(0, address.indexOf('@'))).matches();
    }

    /**
     * The first name of a lead made for the sender: all words of the display name but the last ("Lima, Ana": the
     * words after the comma), its only word, or {@link #NO_NAME}.
     */
    public String firstName() {
        if (displayName == null) {
            return NO_NAME;
        }
        int comma = displayName.indexOf(',');
        if (comma > 0 && comma < displayName.length() - 1) {
            return fit(displayName.substring(comma + 1));
        }
        int lastSpace = displayName.lastIndexOf(' ');
        return fit(lastSpace < 0 ? displayName : displayName.substring(0, lastSpace));
    }

    /** The last name: the display name's last word (before the comma in "Lima, Ana"), else the address's local part. */
    public String lastName() {
        if (displayName == null) {
            return fit(address.substring(0, address.indexOf('@')));
        }
        int comma = displayName.indexOf(',');
        if (comma > 0 && comma < displayName.length() - 1) {
            return fit(displayName.substring(0, comma));
        }
        int lastSpace = displayName.lastIndexOf(' ');
        return lastSpace < 0 ? null : fit(displayName.substring(lastSpace + 1));
    }

    /** The first mailbox of a list ("a@x, b@y"): a comma inside quotes or angle brackets belongs to it. */
    private static String firstMailbox(String header) {
        boolean quoted = false;
        boolean address = false;
        int angle = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            address |= c == '@';
            if (c == '"' && (i == 0 || header.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && c == '<') {
                angle++;
            } else if (!quoted && c == '>' && angle > 0) {
                angle--;
            } else if (!quoted && angle == 0 && c == ',' && address) {
                return header.substring(0, i);
            }
        }
        return header;
    }

    /** The name unquoted, decoded, on one line; null when it says nothing or is only an address again. */
    private static String displayName(String raw) {
        String name = EncodedWords.decode(raw.strip());
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        name = SPACES.matcher(name.replaceAll("\\p{Cntrl}", " ")).replaceAll(" ").strip();
        name = unquoted(name);
        if (name.isEmpty() || name.contains("@") || name.codePoints().noneMatch(Character::isLetter)) {
            return null;
        }
        return name;
    }

    /** Without the quotes some senders put around a name ('Ana Lima', ""Ana""). */
    private static String unquoted(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '"' || name.charAt(start) == '\'')) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '"' || name.charAt(end - 1) == '\'')) {
            end--;
        }
        return name.substring(start, end).strip();
    }

    private static String fit(String name) {
        String stripped = name.strip();
        return stripped.length() <= Lead.MAX_NAME_LENGTH ? stripped
                : stripped.substring(0, Lead.MAX_NAME_LENGTH).strip();
    }

    /** Never the address: it is personal data, and records end up in logs. */
    @Override
    public String toString() {
        return "MailSender[" + address.substring(address.indexOf('@')).toLowerCase(Locale.ROOT) + "]";
    }
}
