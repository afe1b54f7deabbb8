package org.realtycrm.campaign.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The header block of an email we received, as SendGrid's Inbound Parse passes it on ({@code headers}): unfolded
 * (RFC 5322's continuation lines joined), names without case. What the product reads there: the
 * {@code Message-ID} that makes each email taken once, and whether a machine sent it (RFC 3834's
 * {@code Auto-Submitted}, the autoresponders' own headers, a list's or bulk {@code Precedence}).
 */
public final class ReceivedHeaders {

    private static final Set<String> MACHINE_PRECEDENCE = Set.of("bulk", "junk", "auto_reply", "list");

    private final Map<String, List<String>> values;

    private ReceivedHeaders(Map<String, List<String>> values) {
        this.values = values;
    }

    /** @param raw the header lines, CRLF or LF; null or blank for none */
    public static ReceivedHeaders of(String raw) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (raw == null) {
            return new ReceivedHeaders(values);
        }
        String name = null;
        StringBuilder value = new StringBuilder();
        for (String line : raw.split("\\r?\\n", -1)) {
            if (line.isEmpty()) {
                break; // the end of the header block: what follows would be a body
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                value.append(' ').append(line.strip());
                continue;
            }
            add(values, name, value);
            int colon = line.indexOf(':');
            name = colon > 0 ? line.substring(0, colon).strip().toLowerCase(Locale.ROOT) : null;
            value.setLength(0);
            value.append(colon > 0 ? line.substring(colon + 1).strip() : "");
        }
        add(values, name, value);
        return new ReceivedHeaders(values);
    }

    private static void add(Map<String, List<String>> values, String name, StringBuilder value) {
        if (name != null && !name.isEmpty()) {
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value.toString().strip());
        }
    }

    /** The first value of a header, its name in any case. */
    public Optional<String> first(String name) {
        List<String> found = values.get(name.toLowerCase(Locale.ROOT));
        return found == null || found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * The email's {@code Message-ID} as {@code <id>} (brackets added where the sender left them out, anything after
     * the first id dropped); empty when there is none.
     */
    public Optional<String> messageId() {
        return first("Message-ID").map(ReceivedHeaders::bareId).filter(id -> !id.isEmpty()).map(id -> "<" + id + ">");
    }

    private static String bareId(String value) {
        String id = value.strip();
        int open = id.indexOf('<');
        if (open >= 0) {
            int close = id.indexOf('>', open);
            id = close > open ? id.substring(open + 1, close) : id.substring(open + 1);
        } else {
            int space = id.indexOf(' ');
            id = space < 0 ? id : id.substring(0, space);
        }
        return id.strip().replaceAll("\\p{Cntrl}", "");
    }

    /**
     * Whether a machine sent it, not a person replying: {@code Auto-Submitted} other than {@code no} (an
     * out-of-office note, a vacation reply, a report), {@code X-Autoreply} or {@code X-Autorespond} (the
     * autoresponders that predate RFC 3834), or {@code Precedence: bulk, junk, list or auto_reply}.
     */
    public boolean fromAMachine() {
        Optional<String> autoSubmitted = first("Auto-Submitted").map(value -> value.split(";", 2)[0].strip())
                .filter(value -> !value.isEmpty());
        if (autoSubmitted.isPresent() && !autoSubmitted.get().equalsIgnoreCase("no")) {
            return true;
        }
        if (first("X-Autoreply").isPresent() || first("X-Autorespond").isPresent()) {
            return true;
        }
        return first("Precedence").map(value -> MACHINE_PRECEDENCE.contains(value.strip().toLowerCase(Locale.ROOT)))
                .orElse(false);
    }
}
