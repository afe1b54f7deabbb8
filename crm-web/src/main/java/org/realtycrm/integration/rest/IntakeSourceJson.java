package org.realtycrm.integration.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.integration.entity.IntakeSource;

@Schema(name = "IntakeSource")
public record IntakeSourceJson(long id, String name,
        @Schema(description = "what deliveries send as X-Intake-Key") String key,
        String leadSource, boolean active, Instant createdAt, long version,
        @Schema(description = "only in the answer that made it (creation, rotation); never again") String secret) {

    static IntakeSourceJson of(IntakeSource source, String secret) {
        return new IntakeSourceJson(source.getId(), source.getName(), source.getKeyId(), source.getLeadSource(),
                source.isActive(), source.getCreatedAt(), source.getVersion(), secret);
    }
}
