package org.realtycrm.audit.entity;

/** One field's value before and after a change, as text ({@code null} when empty). */
public record FieldChange(String from, String to) {
}
