package org.realtycrm.pipeline.entity;

import static org.realtycrm.pipeline.entity.ExportFormat.letters;
import static org.realtycrm.pipeline.entity.ExportFormat.email;
import static org.realtycrm.pipeline.entity.ExportFormat.hashed;
import static org.realtycrm.pipeline.entity.ExportFormat.zip5;

import java.util.List;
import java.util.Locale;

/**
 * Meta Custom Audiences' customer list, identifiers normalised and hashed before they leave us (Meta's "Hashing and
 * Normalizing Data"): email trimmed and lower-cased; phone digits only, with the country code (a US number
 * 1XXXXXXXXXX); first and last name lower case without punctuation or spaces; city the same, letters a to z only; state two letters lower case;
 * ZIP its first five digits; country two letters lower case; each SHA-256, lower-case hex. Columns carry Meta's
 * identifier names. One row per owner with an email or a phone; an empty identifier stays empty.
 */
final class MetaAudienceFormat implements ExportFormat {

    @Override
    public List<String> header() {
        return List.of("email", "phone", "fn", "ln", "ct", "st", "zip", "country");
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
                hashed(phone == null ? "" : phone.number().replaceAll("\\D", "")),
                hashed(record.corporate() ? "" : letters(record.firstName())),
                hashed(record.corporate() ? "" : letters(record.lastName())),
                hashed(place == null ? "" : letters(place.city()).replaceAll("[^a-z]", "")),
                hashed(place == null ? "" : place.state().toLowerCase(Locale.ROOT)),
                hashed(place == null ? "" : zip5(place.zip())),
                hashed("us")));
    }
}
