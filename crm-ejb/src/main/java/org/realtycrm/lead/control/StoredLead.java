package org.realtycrm.lead.control;

import java.time.Instant;
import java.util.List;

import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.Phone;
import org.realtycrm.platform.sealing.FieldCipher;

/**
 * A new lead's columns as its mapping stores them, for the set-based writers that insert leads without the
 * persistence context (the CSV import's chunks, a list's import step): contact data sealed and the exact values as
 * blind indexes, by the cipher the entity's converters use. Which of a lead's values are sealed, and which are
 * looked up by index, is decided here and in the entity's mapping only.
 *
 * @param phones in the lead's order
 */
public record StoredLead(String firstName, String lastName, String sealedEmail, String emailIndex,
        List<StoredPhone> phones, String source, String status, String temperature, Instant nextFollowUpAt,
        String sealedNotes, String searchText) {

    /** One phone of the lead as {@code lead_phones} stores it. */
    public record StoredPhone(String sealedNumber, String numberIndex, String type) {
    }

    public static StoredLead of(Lead lead, FieldCipher cipher) {
        List<StoredPhone> phones = lead.getPhones().stream().map(phone -> phone(phone, cipher)).toList();
        return new StoredLead(lead.getFirstName(), lead.getLastName(), cipher.seal(lead.getEmail()),
                cipher.blindIndex(FieldCipher.EMAIL, lead.getEmail()), phones, lead.getSource(),
                lead.getStatus().name(), lead.getTemperature().name(), lead.getNextFollowUpAt(),
                cipher.seal(lead.getNotes()), lead.getSearchText());
    }

    private static StoredPhone phone(Phone phone, FieldCipher cipher) {
        return new StoredPhone(cipher.seal(phone.number()), cipher.blindIndex(FieldCipher.PHONE, phone.number()),
                phone.type().name());
    }
}
