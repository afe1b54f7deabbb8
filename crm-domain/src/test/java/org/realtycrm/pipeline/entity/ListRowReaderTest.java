package org.realtycrm.pipeline.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ListRowReaderTest {

    private static final List<String> HEADER = List.of("First Name", "Last Name", "Mailing Address", "Mailing City",
            "Mailing State", "Mailing Zip", "Property Address", "Property City", "Property State", "Property Zip",
            "APN", "Estimated Value", "Equity Percent", "Last Sale Date", "Vacant", "Phone 1");

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private final ListRowReader reader = new ListRowReader(new ColumnMapping("BatchLeads", MappingStyle.BATCHLEADS,
            null).over(HEADER), TODAY);

    private ListRow read(String... values) {
        return reader.read(2, List.of(values));
    }

    @Test
    void reads_what_spreadsheets_leave_of_a_row() {
        ListRow row = read("Jane", "Doe", "9 Oak Ave", "Dallas", "tx", "75201", "123 Main St", "Boston", "MA", "2134",
                "12-345-67", "$350,000", "45%", "3/31/2015", "Y", "(617) 555-0100");
        assertThat(row.owner().name()).isEqualTo("Jane Doe");
        assertThat(row.owner().corporate()).isFalse();
        assertThat(row.owner().mailing().state()).isEqualTo("TX");
        assertThat(row.property().zip()).as("the lost leading zero is back").isEqualTo("02134");
        assertThat(row.estimatedValue()).isEqualByComparingTo("350000");
        assertThat(row.equityPercent()).isEqualByComparingTo("45");
        assertThat(row.lastSaleDate()).isEqualTo(LocalDate.of(2015, 3, 31));
        assertThat(row.vacant()).isTrue();
        assertThat(row.extra()).as("columns the mapping does not name travel with the row")
                .isEqualTo(Map.of("Phone 1", "(617) 555-0100"));
        assertThat(row.ownerTypes()).containsExactlyInAnyOrder(OwnerType.ABSENTEE, OwnerType.OUT_OF_STATE);
        assertThat(row.yearsOwnedOn(LocalDate.of(2026, 12, 5))).isEqualTo(11);
    }

    @Test
    void a_company_or_trust_is_a_corporate_owner_without_a_person_name() {
        ListRow row = read("", "Maple Holdings LLC", "123 Main St", "Boston", "MA", "02134", "123 Main Street",
                "Boston", "MA", "02134", "", "", "", "", "", "");
        assertThat(row.owner().corporate()).isTrue();
        assertThat(row.owner().lastName()).isNull();
        assertThat(row.ownerTypes()).as("it gets its mail at the property").containsExactly(OwnerType.CORPORATE);
    }

    @Test
    void rejects_a_row_without_owner_or_property() {
        assertThatThrownBy(() -> read("", "", "", "", "", "", "1 A St", "Boston", "MA", "02134", "", "", "", "", "",
                "")).hasMessage("no owner name");
        assertThatThrownBy(() -> read("Jo", "Roe", "", "", "", "", "", "", "", "", "", "", "", "", "", ""))
                .hasMessage("no property address or APN");
        assertThatThrownBy(() -> read("Jo", "Roe", "", "", "", "", "1 A St", "", "", "", "", "", "", "", "", ""))
                .hasMessageContaining("needs a ZIP or a city and state");
    }

    @Test
    void names_the_field_and_value_it_cannot_read() {
        assertThatThrownBy(() -> read("Jo", "Roe", "", "", "", "", "1 A St", "", "", "02134", "", "12abc", "", "",
                "", "")).hasMessage("Estimated value \"12abc\" is not a number");
        assertThatThrownBy(() -> read("Jo", "Roe", "", "", "", "", "1 A St", "", "Texas", "02134", "", "", "", "",
                "", "")).hasMessage("Property state \"TEXAS\" is not a two-letter state");
        assertThatThrownBy(() -> read("Jo", "Roe", "", "", "", "", "1 A St", "", "", "02134", "", "", "", "", "maybe",
                "")).hasMessage("Vacant \"maybe\" is not yes or no");
        assertThatThrownBy(() -> read("Jo", "Roe", "", "", "", "", "1 A St", "", "", "021", "", "", "", "31/31/2015",
                "", "")).hasMessageContaining("Last sale date \"31/31/2015\" is not a date");
    }

    @Test
    void a_two_digit_year_is_the_latest_not_after_today_and_a_sale_cannot_be_in_the_future() {
        assertThat(read("Jo", "Roe", "", "", "", "", "1 A St", "", "", "02134", "", "", "", "3/5/85", "", "")
                .lastSaleDate()).isEqualTo(LocalDate.of(1985, 3, 5));
        assertThat(read("Jo", "Roe", "", "", "", "", "1 A St", "", "", "02134", "", "", "", "3/5/26", "", "")
                .lastSaleDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThatThrownBy(() -> read("Jo", "Roe", "", "", "", "", "1 A St", "", "", "02134", "", "", "",
                "2027-01-01", "", "")).hasMessage("Last sale date 2027-01-01 is in the future");
    }

    @Test
    void a_mailing_address_that_cannot_be_right_is_left_unknown_and_the_row_kept() {
        ListRow row = read("Jo", "Roe", "10 Rue Cler", "Paris", "France", "75007", "1 A St", "Boston", "MA", "02134",
                "", "", "", "", "", "");
        assertThat(row.owner().mailing().isEmpty()).isTrue();
        assertThat(row.property().city()).isEqualTo("Boston");
    }

    @Test
    void a_long_name_is_cut_to_what_is_kept_and_a_parcel_number_is_upper_case() {
        ListRow row = read("A".repeat(200), "B".repeat(200), "", "", "", "", "1 A St", "", "", "02134", "r-12", "",
                "", "", "", "");
        assertThat(row.owner().name()).hasSize(255);
        assertThat(row.apn()).isEqualTo("R-12");
    }

    @Test
    void a_parcel_number_with_its_state_stands_for_the_address() {
        ListRow row = read("Jo", "Roe", "", "", "", "", "", "", "TX", "", "R-1234", "", "", "", "", "");
        assertThat(row.apn()).isEqualTo("R-1234");
        assertThat(row.property().key()).isNull();
        assertThat(row.estimatedValue()).isNull();
        assertThat(row.equityPercent()).isNull();
    }
}
