package org.realtycrm.pipeline.entity;

import static org.realtycrm.pipeline.entity.ExportFormat.email;
import static org.realtycrm.pipeline.entity.ExportFormat.hashed;
import static org.realtycrm.pipeline.entity.ExportFormat.zip5;

import java.util.List;
import java.util.Locale;

/**
 * Google Ads Customer Match's CSV template ({@code Email, Phone, First Name, Last Name, Country, Zip}): email trimmed
 * and lower-cased, phone in E.164 ({@code +1XXXXXXXXXX}), names trimmed and lower-cased, each SHA-256 hashed;
 * country (two letters) and ZIP stay in the clear, as Google asks. One row per owner with an email or a phone.
 */
final class GoogleCustomerMatchFormat implements ExportFormat {

    @Override
    public List<String> header() {
        return List.of("Email", "Phone", "First Name", "Last Name", "Country", "Zip");
    }

    @Override
    public List<List<String>> rows(ExportRecord record) {
        if (!record.reachable()) {
            return List.of();
        }
        TracedPhone phone = record.bestPhone();
        ListRow.Place place = record.mailTo();
        return List.of(List.of(
                hashed(email(record.firstEmail())),
                hashed(phone == null ? "" : phone.number()),
                hashed(record.corporate() ? "" : name(record.firstName())),
                hashed(record.corporate() ? "" : name(record.lastName())),
                "US",
                place == null ? "" : zip5(place.zip())));
    }

    private static String name(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
