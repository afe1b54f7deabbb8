package org.realtycrm.pipeline.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a skip trace found for one request: the owner's phones (E.164, each once) and emails (trimmed, lower-case, each
 * once), in the source's order of preference. {@code found} is false when the source had nothing usable for the
 * owner; then both lists are empty. A found owner may still come without contacts when a source says so explicitly.
 */
public record SkipTraceResult(String requestId, boolean found, List<TracedPhone> phones, List<String> emails) {

    public SkipTraceResult {
        Objects.requireNonNull(requestId, "requestId");
        if (requestId.isBlank()) {
            throw new IllegalArgumentException("requestId must not be blank");
        }
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
        if (!found && (!phones.isEmpty() || !emails.isEmpty())) {
            throw new IllegalArgumentException("request " + requestId + " is not found yet carries contacts");
        }
        Set<String> numbers = new HashSet<>();
        for (TracedPhone phone : phones) {
            if (!numbers.add(phone.number())) {
                throw new IllegalArgumentException("request " + requestId + " lists a phone twice: merge the reports");
            }
        }
        if (new HashSet<>(emails).size() != emails.size()) {
            throw new IllegalArgumentException("request " + requestId + " lists an email twice");
        }
        for (String email : emails) {
            if (!email.equals(email.strip().toLowerCase(Locale.ROOT)) || email.indexOf('@') < 1) {
                throw new IllegalArgumentException("request " + requestId + " holds an email that is not normalised");
            }
        }
    }

    /** Nothing came back for the request. */
    public static SkipTraceResult notFound(String requestId) {
        return new SkipTraceResult(requestId, false, List.of(), List.of());
    }

    /** Found exactly when at least one phone or email is usable. */
    public static SkipTraceResult of(String requestId, List<TracedPhone> phones, List<String> emails) {
        return new SkipTraceResult(requestId, !phones.isEmpty() || !emails.isEmpty(), phones, emails);
    }
}
