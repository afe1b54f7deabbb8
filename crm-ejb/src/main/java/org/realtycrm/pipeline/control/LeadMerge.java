package org.realtycrm.pipeline.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.realtycrm.audit.entity.FieldChange;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.lead.entity.ContactDetails;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadScore;
import org.realtycrm.lead.entity.Phone;
import org.realtycrm.pipeline.control.OwnerMatches.Target;

/**
 * An owner merged into a live lead: the lead takes the phones it lacks (up to its five) and an email when it has
 * none, never its name (the agent may have corrected it), and the owner's temperature when that is hotter (a
 * response makes a cold lead hot; a list never cools a lead an agent warmed).
 */
record LeadMerge(Lead lead, OwnerContacts owner, LeadScore score, String why, Map<String, FieldChange> changes) {

    static LeadMerge into(Lead lead, OwnerContacts owner, Target target, LeadScore score) {
        Map<String, Object> before = lead.auditState();
        addContacts(lead, target);
        if (score.temperature().isHotterThan(lead.getTemperature())) {
            lead.changeTemperature(score.temperature());
        }
        return new LeadMerge(lead, owner, score, target.why(), FieldChanges.between(before, lead.auditState()));
    }

    /** Adds the target's phones and email the lead does not hold yet, as far as the lead's rules allow. */
    static void addContacts(Lead lead, Target target) {
        List<Phone> phones = new ArrayList<>(lead.getPhones());
        for (Phone phone : target.phones()) {
            boolean held = phones.stream().anyMatch(p -> p.number().equals(phone.number()));
            if (!held && phones.size() < Lead.MAX_PHONES) {
                phones.add(phone);
            }
        }
        String email = lead.getEmail() != null ? lead.getEmail() : target.email();
        if (phones.size() != lead.getPhones().size() || !Objects.equals(email, lead.getEmail())) {
            lead.changeContact(new ContactDetails(lead.getFirstName(), lead.getLastName(), email, phones));
        }
    }

    String summary(String where) {
        String what = changes.isEmpty() ? "nothing new" : "took " + String.join(", ", changes.keySet());
        return "Merged from " + where + " (" + why + "): " + what + "; score " + score.describe();
    }
}
