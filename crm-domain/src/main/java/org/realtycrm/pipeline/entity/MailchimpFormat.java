package org.realtycrm.pipeline.entity;

import static org.realtycrm.pipeline.entity.ExportFormat.orEmpty;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Mailchimp's audience import: {@code Email Address} (required, so owners without an email are left out), the
 * default merge fields' columns, a two-letter country, the phone in Mailchimp's US format; every text at most 255
 * bytes (cut on a character boundary). One row per email.
 */
final class MailchimpFormat implements ExportFormat {

    static final int MAX_BYTES = 255;

    @Override
    public List<String> header() {
        return List.of("Email Address", "First Name", "Last Name", "Address", "City", "State", "Zip", "Country",
                "Phone Number");
    }

    @Override
    public List<List<String>> rows(ExportRecord record) {
        ListRow.Place place = record.mailTo();
        TracedPhone phone = record.bestPhone();
        List<List<String>> rows = new ArrayList<>();
        for (String email : record.emails()) {
            rows.add(List.of(email,
                    bytes(record.corporate() ? record.fullName() : orEmpty(record.firstName())),
                    bytes(record.corporate() ? "" : orEmpty(record.lastName())),
                    bytes(place == null ? "" : place.street() + (place.unit() == null ? "" : " " + place.unit())),
                    bytes(place == null ? "" : place.city()), place == null ? "" : place.state(),
                    place == null ? "" : place.zip(), "US", phone == null ? "" : usPhone(phone.number())));
        }
        return rows;
    }

    /** Mailchimp's US phone format, {@code (319) 555-0123}, from E.164 {@code +13195550123}. */
    static String usPhone(String e164) {
        String digits = e164.substring(2);
        return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
    }

    /** The text cut to {@value #MAX_BYTES} bytes of UTF-8, never inside a character. */
    static String bytes(String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return text;
        }
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > MAX_BYTES) {
                break;
            }
            cut.appendCodePoint(codePoint);
            used += size;
            i += Character.charCount(codePoint);
        }
        return cut.toString();
    }
}
