package org.realtycrm.platform.problem;

/** One rejected input field: its path as the caller sent it (e.g. {@code phones[1].number}) and why. */
public record FieldError(String field, String message) {
}
