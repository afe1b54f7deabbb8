package org.realtycrm.pipeline.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.realtycrm.pipeline.entity.LineType;
import org.realtycrm.pipeline.entity.SkipTraceResult;
import org.realtycrm.pipeline.entity.TracedPhone;

import static org.assertj.core.api.Assertions.assertThat;

class SkippedListRowsTest {

    /** The row as a CSV reader hands it over: header → value, in the file's column order. */
    private static Map<String, String> row(String... headersAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < headersAndValues.length; i += 2) {
            row.put(headersAndValues[i], headersAndValues[i + 1]);
        }
        return row;
    }

    @Test
    void numbered_phone_columns_bring_their_type_dnc_and_litigator_flags_and_emails_come_normalised() {
        SkipTraceResult result = SkippedListRows.fromRow("row-7", row(
                "First Name", "Jane", "Mailing Address", "PO Box 111",
                "Phone 1", "(512) 555-0100", "Phone 1 Type", "Wireless", "Phone 1 DNC", "Y",
                "Phone 2", "512-555-0200", "Phone 2 Type", "Landline", "Phone 2 DNC", "N", "Phone 2 Litigator", "Yes",
                "Phone 3", "555-0100",
                "Email 1", " JANE@EXAMPLE.COM ", "Email 2", "jane at example", "Email 3", "jd@example.org"));

        assertThat(result).isEqualTo(new SkipTraceResult("row-7", true, List.of(
                new TracedPhone("+15125550100", LineType.MOBILE, true, false),
                new TracedPhone("+15125550200", LineType.LANDLINE, false, true)),
                List.of("jane@example.com", "jd@example.org")));
    }

    @Test
    void typed_columns_give_their_own_line_type_whatever_the_header_case_spaces_or_underscores() {
        SkipTraceResult result = SkippedListRows.fromRow("row-8", row(
                "MOBILE_PHONE", "5125550111", "mobile phone dnc", "DNC",
                "landline", "1 512 555 0222", "Home Phone", "",
                "VoIP", "+1 512 555 0333",
                "EMAIL_ADDRESS", "Owner@Example.com"));

        assertThat(result.phones()).containsExactly(
                new TracedPhone("+15125550111", LineType.MOBILE, true, false),
                new TracedPhone("+15125550222", LineType.LANDLINE, false, false),
                new TracedPhone("+15125550333", LineType.VOIP, false, false));
        assertThat(result.emails()).containsExactly("owner@example.com");
    }

    @Test
    void a_stated_type_overrides_the_columns_kind_and_a_plain_phone_without_one_stays_unknown() {
        SkipTraceResult result = SkippedListRows.fromRow("row-9", row(
                "Phone", "5125550100",
                "Phone 2", "5125550101", "Phone 2 Type", "Non-Fixed VoIP",
                "Cell Phone", "5125550102", "Cell Phone Type", "Landline"));

        assertThat(result.phones()).extracting(TracedPhone::lineType)
                .containsExactly(LineType.UNKNOWN, LineType.VOIP, LineType.LANDLINE);
    }

    @Test
    void the_same_number_in_two_columns_comes_once_with_every_flag_and_the_known_type() {
        SkipTraceResult result = SkippedListRows.fromRow("row-10", row(
                "Phone 1", "5125550100", "Phone 1 DNC", "yes",
                "Mobile 1", "+1 (512) 555-0100", "Mobile 1 Litigator", "Litigator"));

        assertThat(result.phones()).containsExactly(new TracedPhone("+15125550100", LineType.MOBILE, true, true));
    }

    @Test
    void numbers_come_in_column_number_order_whatever_the_maps_order() {
        SkipTraceResult result = SkippedListRows.fromRow("row-11", row(
                "Phone 2", "5125550102", "Email 2", "b@example.com", "Phone 1", "5125550101", "Email 1", "a@example.com"));

        assertThat(result.phones()).extracting(TracedPhone::number).containsExactly("+15125550101", "+15125550102");
        assertThat(result.emails()).containsExactly("a@example.com", "b@example.com");
    }

    @Test
    void a_tracerfy_export_reads_with_its_primary_phone_first() {
        SkipTraceResult result = SkippedListRows.fromRow("row-12", row(
                "address", "123 Main St", "mobile_1", "5125550111", "landline_1", "5125550222",
                "primary_phone", "5125550333", "primary_phone_type", "Mobile", "email_1", "jane@example.com"));

        assertThat(result.phones()).containsExactly(
                new TracedPhone("+15125550333", LineType.MOBILE, false, false),
                new TracedPhone("+15125550111", LineType.MOBILE, false, false),
                new TracedPhone("+15125550222", LineType.LANDLINE, false, false));
        assertThat(result.emails()).containsExactly("jane@example.com");
    }

    @Test
    void a_row_with_nothing_usable_is_not_found() {
        Map<String, String> row = row("Owner Name", "ACME LLC", "Phone 1", "000-000-0000", "Phone 1 DNC", "Y",
                "Email 1", "n/a", "Phone 2", "");
        row.put("Mobile", null);

        assertThat(SkippedListRows.fromRow("row-13", row)).isEqualTo(SkipTraceResult.notFound("row-13"));
        assertThat(SkippedListRows.fromRow("row-14", Map.of())).isEqualTo(SkipTraceResult.notFound("row-14"));
    }

    @Test
    void flags_are_set_by_yes_like_values_and_by_naming_the_list_and_cleared_by_no_like_ones() {
        assertThat(List.of("Y", "yes", "TRUE", "1", "x", "DNC", "Federal", "Federal, State", "Litigator"))
                .allMatch(SkippedListRows::flagged);
        assertThat(List.of("", " ", "N", "No", "false", "0", "Clean", "Not DNC", "not on dnc", "-", "unknown"))
                .noneMatch(SkippedListRows::flagged);
    }

    @Test
    void holds_contacts_when_a_header_names_a_number_or_an_email() {
        assertThat(SkippedListRows.holdsContacts(List.of("Owner Name", "Phone 1", "Phone 1 Type"))).isTrue();
        assertThat(SkippedListRows.holdsContacts(List.of("\uFEFFEMAIL_ADDRESS"))).isTrue();
        assertThat(SkippedListRows.holdsContacts(List.of("Owner Name", "Mailing Address", "Phone 1 DNC"))).isFalse();
    }
}
