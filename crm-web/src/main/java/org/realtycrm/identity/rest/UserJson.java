package org.realtycrm.identity.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.identity.entity.User;

@Schema(name = "User", example = "{\"id\": 7, \"email\": \"ana.agent@example.com\", \"name\": \"Ana Agent\", \"role\": \"AGENT\", "
        + "\"active\": true, \"onDuty\": true, \"createdAt\": \"2026-11-21T09:00:00Z\", \"updatedAt\": \"2026-11-21T09:00:00Z\", \"version\": 0}")
public record UserJson(long id, String email, String name, String role, boolean active, boolean onDuty,
        Instant createdAt, Instant updatedAt, long version) {

    public static UserJson of(User user) {
        return new UserJson(user.getId(), user.getEmail(), user.getName(), user.getRole().name(), user.isActive(),
                user.isOnDuty(), user.getCreatedAt(), user.getUpdatedAt(), user.getVersion());
    }
}
