package org.realtycrm.lead.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.realtycrm.lead.entity.DuplicateLeadException;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadRepository;
import org.realtycrm.lead.entity.LeadVisibility;
import org.realtycrm.lead.entity.Phone;

/**
 * Refuses a lead whose email or phone already belongs to another live lead. The database's unique indexes back
 * this up for concurrent requests; this check exists to name the duplicate.
 */
@ApplicationScoped
public class DuplicateGuard {

    @Inject
    LeadRepository leads;

    /** @param lead a new lead (no id yet) or an edited one, which is not its own duplicate */
    public void check(Lead lead, LeadVisibility visibility) {
        Long self = lead.getId();
        if (lead.getEmail() != null) {
            leads.findLiveByEmail(lead.getEmail(), self).ifPresent(existing -> {
                throw duplicate("email", lead.getEmail(), existing, visibility);
            });
        }
        List<String> numbers = lead.getPhones().stream().map(Phone::number).toList();
        leads.findLiveByPhone(numbers, self).ifPresent(match -> {
            throw duplicate("phone", match.number(), match.lead(), visibility);
        });
    }

    private static DuplicateLeadException duplicate(String field, String value, Lead existing,
            LeadVisibility visibility) {
        return new DuplicateLeadException(field, value, visibility.allows(existing) ? existing.getId() : null);
    }
}
