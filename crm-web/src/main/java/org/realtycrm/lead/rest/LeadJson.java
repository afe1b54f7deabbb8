package org.realtycrm.lead.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadProfile;

@Schema(name = "Lead")
public record LeadJson(long id, String firstName, String lastName, String email, List<PhoneJson> phones,
        String source, String status, String temperature, AgentRef assignedTo, Instant nextFollowUpAt, String notes,
        Instant createdAt, Instant updatedAt, long version, String leadType, String postalCode, String city,
        BigDecimal price, String language, Long pondId, Instant contactDueAt) {

    @Schema(name = "AgentRef")
    public record AgentRef(long id, String name) {
    }

    public static LeadJson of(Lead lead) {
        User agent = lead.getAssignedAgent();
        LeadProfile profile = lead.profile();
        return new LeadJson(lead.getId(), lead.getFirstName(), lead.getLastName(), lead.getEmail(),
                lead.getPhones().stream().map(p -> new PhoneJson(p.number(), p.type().name())).toList(),
                lead.getSource(), lead.getStatus().name(), lead.getTemperature().name(),
                agent == null ? null : new AgentRef(agent.getId(), agent.getName()),
                lead.getNextFollowUpAt(), lead.getNotes(), lead.getCreatedAt(), lead.getUpdatedAt(), lead.getVersion(),
                profile.type() == null ? null : profile.type().name(), profile.postalCode(), profile.city(),
                profile.price(), profile.language(), lead.getPondId(), lead.getContactDueAt());
    }
}
