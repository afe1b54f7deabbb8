package org.realtycrm.pipeline.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * One owner to skip-trace: who (a person's first and last name, or only a full or company name when the records give
 * no split) and where their mail goes, with the property's address when it is not the mailing address. The request id
 * is the caller's own (a lead's or list row's key): every result of the batch names it, so results find their owner
 * whatever order or grouping the vendor answers in.
 *
 * @param firstName may be null; a person is named by {@code lastName}, a company or an unsplit name by {@code fullName}
 * @param property  the traced property's address; empty when the owner lives there (the mailing address is used)
 */
public record SkipTraceRequest(String requestId, String firstName, String lastName, String fullName,
                               PostalAddress mailing, Optional<PostalAddress> property) {

    public static final int MAX_REQUEST_ID = 100;
    public static final int MAX_NAME = 200;

    public SkipTraceRequest {
        Objects.requireNonNull(requestId, "requestId");
        requestId = requestId.strip();
        if (requestId.isEmpty() || requestId.length() > MAX_REQUEST_ID) {
            throw new IllegalArgumentException("requestId must be 1 to " + MAX_REQUEST_ID + " characters");
        }
        firstName = optionalName(firstName, "firstName");
        lastName = optionalName(lastName, "lastName");
        fullName = optionalName(fullName, "fullName");
        if (lastName == null && fullName == null) {
            throw new IllegalArgumentException("request " + requestId + " needs the owner's last name or full name");
        }
        Objects.requireNonNull(mailing, "mailing");
        property = property == null ? Optional.empty() : property;
    }

    /** A person, by first and last name. */
    public static SkipTraceRequest person(String requestId, String firstName, String lastName, PostalAddress mailing) {
        return new SkipTraceRequest(requestId, firstName, lastName, null, mailing, Optional.empty());
    }

    /** An owner known only by one name as the records write it: a company, a trust, or a person's name unsplit. */
    public static SkipTraceRequest named(String requestId, String fullName, PostalAddress mailing) {
        return new SkipTraceRequest(requestId, null, null, fullName, mailing, Optional.empty());
    }

    /** The same request for a property that is not at the mailing address. */
    public SkipTraceRequest withProperty(PostalAddress propertyAddress) {
        return new SkipTraceRequest(requestId, firstName, lastName, fullName, mailing,
                Optional.of(Objects.requireNonNull(propertyAddress, "propertyAddress")));
    }

    /** The property's address where one was given, else the mailing address. */
    public PostalAddress propertyOrMailing() {
        return property.orElse(mailing);
    }

    private static String optionalName(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_NAME) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_NAME + " characters");
        }
        return stripped;
    }
}
