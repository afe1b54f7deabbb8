package org.realtycrm.pipeline.entity;

import java.util.List;

/**
 * One owner of a list as the exports see it: the name, where they get mail (or {@code null} when unknown), the
 * property, and the traced phones and emails.
 *
 * @param callable the phones a dialer may have: those no Do-Not-Call list holds today and the trace did not flag
 */
public record ExportRecord(long line, String fullName, String firstName, String lastName, boolean corporate,
        ListRow.Place mailing, ListRow.Place property, List<TracedPhone> phones, List<String> emails,
        List<TracedPhone> callable) {

    /** Where a letter reaches the owner: the mailing address when whole, else the property's. */
    public ListRow.Place mailTo() {
        return whole(mailing) ? mailing : whole(property) ? property : null;
    }

    static boolean whole(ListRow.Place place) {
        return place != null && place.street() != null && place.city() != null && place.state() != null
                && place.zip() != null;
    }

    /** The first email, or {@code null}. */
    public String firstEmail() {
        return emails.isEmpty() ? null : emails.get(0);
    }

    /** Whether an audience can match the owner at all: an email or a phone. */
    public boolean reachable() {
        return !emails.isEmpty() || !phones.isEmpty();
    }

    /** The first phone, a mobile preferred: the one an audience matches best. */
    public TracedPhone bestPhone() {
        return phones.stream().filter(phone -> phone.lineType() == LineType.MOBILE).findFirst()
                .orElse(phones.isEmpty() ? null : phones.get(0));
    }
}
