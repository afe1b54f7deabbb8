package org.realtycrm.identity.boundary;

import org.realtycrm.identity.entity.Role;

/** Whom a correct email and password belong to: the caller's name for the container, and their one group. */
public record SignedInCaller(String email, Role role) {
}
