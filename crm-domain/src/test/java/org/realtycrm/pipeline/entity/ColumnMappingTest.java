package org.realtycrm.pipeline.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;

class ColumnMappingTest {

    @Test
    void a_style_brings_its_aggregators_headers() {
        ColumnMapping mapping = new ColumnMapping(" PropStream ", MappingStyle.PROPSTREAM, Map.of());
        assertThat(mapping.getName()).isEqualTo("PropStream");
        assertThat(mapping.getColumns()).containsEntry(ListField.OWNER_FIRST_NAME, "Owner 1 First Name")
                .containsEntry(ListField.PROPERTY_STREET, "Address");
    }

    @Test
    void headers_match_without_case_spaces_or_punctuation() {
        ColumnMapping mapping = new ColumnMapping("PropStream", MappingStyle.PROPSTREAM, null);
        MappedHeader header = mapping.over(List.of("OWNER_1_FIRST_NAME", "owner 1 last name", "ADDRESS", "zip",
                "Phone 1", ""));
        assertThat(header.columnOf(ListField.OWNER_FIRST_NAME)).isEqualTo(0);
        assertThat(header.columnOf(ListField.PROPERTY_ZIP)).isEqualTo(3);
        assertThat(header.columnOf(ListField.APN)).isEqualTo(-1);
        assertThat(header.missing()).containsEntry(ListField.APN, "APN");
        assertThat(header.extras()).containsExactly(Map.entry(4, "Phone 1"));
        assertThat(header.problems()).isEmpty();
    }

    @Test
    void a_file_without_owner_or_property_columns_says_which_headers_it_lacks() {
        ColumnMapping mapping = new ColumnMapping("BatchLeads", MappingStyle.BATCHLEADS, null);
        assertThat(mapping.over(List.of("Name", "Street")).problems()).containsExactly(
                "no owner name column (\"Last Name\" not found)",
                "no property address or APN column (\"Property Address\" not found, \"APN\" not found)");
    }

    @Test
    void a_custom_mapping_must_name_an_owner_and_a_property() {
        assertThatThrownBy(() -> new ColumnMapping("Mine", MappingStyle.CUSTOM, Map.of(ListField.COUNTY, "County"))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.message()).anyMatch(message -> message.contains("owner")));
        ColumnMapping mine = new ColumnMapping("Mine", MappingStyle.CUSTOM, Map.of(ListField.OWNER_NAME, "Owner",
                ListField.APN, "Parcel"));
        assertThat(mine.getColumns()).hasSize(2);
    }
}
