package org.realtycrm.identity.boundary;

import org.realtycrm.identity.entity.Role;

/** A partial update of an account: {@code null} leaves a field as it is. */
public record UserChanges(String name, Role role, Boolean active, String password) {
}
