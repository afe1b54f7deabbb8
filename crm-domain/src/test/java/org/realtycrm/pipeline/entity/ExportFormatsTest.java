package org.realtycrm.pipeline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Each platform's file as its documentation describes it. */
class ExportFormatsTest {

    private static final TracedPhone MOBILE = new TracedPhone("+13192400001", LineType.MOBILE, false, false);
    private static final TracedPhone LANDLINE = new TracedPhone("+13192500001", LineType.LANDLINE, false, false);

    private static ExportRecord jane(List<TracedPhone> callable) {
        return new ExportRecord(2, "Jane Doe", "Jane", "Doe", false,
                new ListRow.Place("9 Oak Ave", null, "Dallas", "TX", "75201-1234"),
                new ListRow.Place("1 Main St", "4", "Boston", "MA", "02134"), List.of(LANDLINE, MOBILE),
                List.of("jane.doe@example.com"), callable);
    }

    private static ExportRecord unreachable() {
        return new ExportRecord(3, "Maple Holdings LLC", null, null, true, new ListRow.Place(null, null, null, null,
                null), new ListRow.Place("2 Main St", null, "Boston", "MA", "02134"), List.of(), List.of(), List.of());
    }

    @Test
    void meta_gets_normalised_identifiers_hashed_with_sha256() {
        ExportFormat meta = ExportPlatform.META.format();
        assertThat(meta.header()).containsExactly("email", "phone", "fn", "ln", "ct", "st", "zip", "country");
        List<String> row = meta.rows(jane(List.of())).get(0);
        // SHA-256 of the normalised values, as Meta's "Hashing and Normalizing Data" asks
        assertThat(row.get(0)).isEqualTo(ExportFormat.sha256("jane.doe@example.com"));
        assertThat(row.get(1)).as("digits with the country code, a mobile first")
                .isEqualTo(ExportFormat.sha256("13192400001"));
        assertThat(row.get(2)).isEqualTo(ExportFormat.sha256("jane"));
        assertThat(row.get(4)).isEqualTo(ExportFormat.sha256("dallas"));
        assertThat(row.get(5)).isEqualTo(ExportFormat.sha256("tx"));
        assertThat(row.get(6)).isEqualTo(ExportFormat.sha256("75201"));
        assertThat(row.get(7)).isEqualTo(ExportFormat.sha256("us"));
        assertThat(row).allMatch(cell -> cell.matches("[0-9a-f]{64}"));
        assertThat(ExportFormat.sha256("test@example.com"))
                .isEqualTo("973dfe463ec85785f5f95af5ba3906eedb2d931c24e69824a89ea65dba4e813b");
        assertThat(meta.rows(unreachable())).isEmpty();
    }

    @Test
    void google_hashes_email_phone_and_names_but_not_country_or_zip() {
        ExportFormat google = ExportPlatform.GOOGLE.format();
        assertThat(google.header()).containsExactly("Email", "Phone", "First Name", "Last Name", "Country", "Zip");
        List<String> row = google.rows(jane(List.of())).get(0);
        assertThat(row.get(0)).isEqualTo(ExportFormat.sha256("jane.doe@example.com"));
        assertThat(row.get(1)).as("E.164").isEqualTo(ExportFormat.sha256("+13192400001"));
        assertThat(row.get(3)).isEqualTo(ExportFormat.sha256("doe"));
        assertThat(row.subList(4, 6)).containsExactly("US", "75201");
    }

    @Test
    void mailchimp_needs_an_email_and_keeps_texts_within_255_bytes() {
        ExportFormat mailchimp = ExportPlatform.MAILCHIMP.format();
        assertThat(mailchimp.header().get(0)).isEqualTo("Email Address");
        List<String> row = mailchimp.rows(jane(List.of())).get(0);
        assertThat(row).containsExactly("jane.doe@example.com", "Jane", "Doe", "9 Oak Ave", "Dallas", "TX",
                "75201-1234", "US", "(319) 240-0001");
        assertThat(mailchimp.rows(unreachable())).isEmpty();
        String cut = MailchimpFormat.bytes("é".repeat(200));
        assertThat(cut.getBytes(StandardCharsets.UTF_8)).hasSize(254);
        assertThat(cut).hasSize(127);
    }

    @Test
    void direct_mail_addresses_the_owner_where_they_get_mail_with_the_zip_as_text() {
        ExportFormat mail = ExportPlatform.DIRECT_MAIL.format();
        assertThat(mail.header()).containsExactly("Name", "Address Line 1", "Address Line 2", "City", "State", "ZIP",
                "Property Address");
        assertThat(mail.rows(jane(List.of())).get(0)).containsExactly("Jane Doe", "9 Oak Ave", "", "Dallas", "TX",
                "75201-1234", "1 Main St, Boston");
        assertThat(mail.rows(unreachable()).get(0)).as("no mailing address: the letter goes to the property")
                .containsExactly("Maple Holdings LLC", "2 Main St", "", "Boston", "MA", "02134", "2 Main St, Boston");
    }

    @Test
    void a_dialer_gets_only_the_callable_phones() {
        ExportFormat dialer = ExportPlatform.DIALER.format();
        assertThat(dialer.rows(jane(List.of(MOBILE)))).hasSize(1);
        assertThat(dialer.rows(jane(List.of(MOBILE))).get(0).subList(0, 2)).containsExactly("13192400001", "MOBILE");
        assertThat(dialer.rows(jane(List.of()))).as("every phone suppressed: nothing to dial").isEmpty();
    }
}
