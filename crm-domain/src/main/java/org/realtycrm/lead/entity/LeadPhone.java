package org.realtycrm.lead.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.realtycrm.platform.sealing.BlindIndex;
import org.realtycrm.platform.sealing.SealedText;

/**
 * How a {@link Phone} is stored in {@code lead_phones}. Kept apart from {@link Phone} because the position is
 * a storage detail. The collection is a bag, so Hibernate rewrites a lead's phones wholesale (delete, then
 * insert) and a reorder can never trip the unique index on the number half-way.
 */
@Embeddable
class LeadPhone {

    @Column(nullable = false)
    private short position;

    /** Sealed in the database, like the lead's email. */
    @Convert(converter = SealedText.class)
    @Column(nullable = false, columnDefinition = "text")
    private String number;

    /** The number again, stored as its blind index for the unique index and exact lookups (see {@link BlindIndex}). */
    @Convert(converter = BlindIndex.Phone.class)
    @Column(name = "number_index", nullable = false, length = 43)
    private String numberIndex;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private PhoneType type;

    protected LeadPhone() {
        // for JPA
    }

    LeadPhone(int position, Phone phone) {
        this.position = (short) position;
        this.number = phone.number();
        this.numberIndex = phone.number();
        this.type = phone.type();
    }

    int position() {
        return position;
    }

    Phone toPhone() {
        return new Phone(number, type);
    }
}
