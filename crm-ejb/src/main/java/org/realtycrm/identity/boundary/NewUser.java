package org.realtycrm.identity.boundary;

import org.realtycrm.identity.entity.Role;

/** What an administrator supplies to create an account. */
public record NewUser(String email, String name, Role role, String password) {
}
