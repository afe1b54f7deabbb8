package org.realtycrm.identity.entity;

/** Filters for listing users; {@code null} means "any". {@code text} matches name or email. */
public record UserQuery(Role role, Boolean active, String text) {
}
