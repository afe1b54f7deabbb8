package org.realtycrm.lead.entity;

import java.lang.reflect.Field;

import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;

/** Users as they come out of the database: with an id, which JPA would have generated. */
public final class TestUsers {

    private TestUsers() {
    }

    public static User agent(long id) {
        return user(id, "Ana Agent", Role.AGENT);
    }

    public static User admin(long id) {
        return user(id, "Ada Admin", Role.ADMIN);
    }

    public static User client(long id) {
        return user(id, "Carl Client", Role.CLIENT);
    }

    public static User user(long id, String name, Role role) {
        User user = new User("user" + id + "@example.com", name, role, "$argon2id$not-a-real-hash");
        try {
            Field idField = User.class.getDeclaredField("id");
            idField.setAccessible(true);
            idField.set(user, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("User.id could not be set", e);
        }
        return user;
    }
}
