package org.realtycrm.pipeline.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.realtycrm.identity.entity.EmailAddress;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.Phone;
import org.realtycrm.lead.entity.PhoneType;
import org.realtycrm.pipeline.entity.TracedPhone;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.FieldCiphers;

/**
 * An owner as a lead would hold them: the first usable email, the phones the vendor did not flag (at most a lead's
 * five, each once), with
 * the blind indexes the duplicate checks compare, and the key under which two rows name the same owner of a property.
 *
 * @param phones phone → its blind index, in the trace's order
 */
record OwnerContacts(PulledOwner row, String email, String emailIndex, Map<Phone, String> phones) {

    static OwnerContacts of(PulledOwner row) {
        FieldCipher cipher = FieldCiphers.current();
        String email = null;
        for (String candidate : row.contacts().emails()) {
            try {
                email = EmailAddress.normalize("email", candidate);
            } catch (InvalidInputException notAnAddress) {
                continue; // a vendor's malformed address is no way to reach anyone
            }
            if (email != null) {
                break;
            }
        }
        Map<Phone, String> phones = new LinkedHashMap<>();
        List<String> seen = new ArrayList<>();
        for (TracedPhone traced : row.contacts().phones()) {
            if (phones.size() == Lead.MAX_PHONES || seen.contains(traced.number())) {
                continue;
            }
            if (traced.dnc() || traced.litigator()) {
                // the vendor flagged it Do-Not-Call or a known TCPA litigator's: the registry cannot say so at call
                // time, so it never reaches a lead (it stays on the row, and in the list's scrub report)
                continue;
            }
            seen.add(traced.number());
            phones.put(new Phone(traced.number(), typeOf(traced)), cipher.blindIndex(FieldCipher.PHONE, traced.number()));
        }
        return new OwnerContacts(row, email, email == null ? null : cipher.blindIndex(FieldCipher.EMAIL, email),
                phones);
    }

    boolean reachable() {
        return email != null || !phones.isEmpty();
    }

    /** The name a lead would carry: a person's first and last name, a company's (or an unsplit) name whole. */
    String firstName() {
        String first = row.corporate() || row.firstName() == null ? row.ownerName() : row.firstName();
        return clip(first);
    }

    String lastName() {
        return row.corporate() || row.firstName() == null ? null : clip(row.lastName());
    }

    /** Who owns the property, for "the same owner of the same property": the surname, or a company's whole name. */
    String ownerKey() {
        return row.propertyId() + "|" + nameKey(lastName() != null ? lastName() : firstName());
    }

    /** The same key for a lead already linked to the property as its owner. */
    static String ownerKey(long propertyId, String firstName, String lastName) {
        return propertyId + "|" + nameKey(lastName != null ? lastName : firstName);
    }

    private static String nameKey(String name) {
        return name == null ? "" : name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").strip();
    }

    private static String clip(String name) {
        return name == null || name.length() <= Lead.MAX_NAME_LENGTH ? name : name.substring(0, Lead.MAX_NAME_LENGTH);
    }

    private static PhoneType typeOf(TracedPhone phone) {
        return switch (phone.lineType()) {
            case MOBILE -> PhoneType.MOBILE;
            case LANDLINE -> PhoneType.HOME;
            case VOIP, UNKNOWN -> PhoneType.OTHER;
        };
    }
}
