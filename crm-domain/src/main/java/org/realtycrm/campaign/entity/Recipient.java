package org.realtycrm.campaign.entity;

import java.util.Objects;

/**
 * Whom the compliance gate is asked about: the number (E.164), and the state of their own address when the
 * product knows it (two letters; its time zones decide the calling hours before the number's area code does).
 */
public record Recipient(String phone, String state) {

    public Recipient {
        Objects.requireNonNull(phone, "phone");
        state = state == null || state.isBlank() ? null : state.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static Recipient ofNumber(String phone) {
        return new Recipient(phone, null);
    }
}
