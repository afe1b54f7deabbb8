package org.realtycrm.property.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

class StandardStatusTest {

    /**
     * RESO Data Dictionary 2.0, StandardStatus lookup: every value, spelled as the DD spells it. Written out here
     * rather than read back from the enum, so that a misspelt or missing constant fails.
     */
    static final List<String> DD_VALUES = List.of("Active", "Active Under Contract", "Canceled", "Closed",
            "Coming Soon", "Delete", "Expired", "Hold", "Incomplete", "Pending", "Withdrawn");

    @ParameterizedTest
    @FieldSource("DD_VALUES")
    void everyDataDictionaryValueRoundTrips(String wire) {
        StandardStatus status = StandardStatus.fromWire(wire).orElseThrow();

        assertThat(status.wireValue()).isEqualTo(wire);
        StandardStatusConverter converter = new StandardStatusConverter();
        assertThat(converter.convertToDatabaseColumn(status)).isEqualTo(wire);
        assertThat(converter.convertToEntityAttribute(wire)).isSameAs(status);
    }

    @Test
    void theEnumHoldsExactlyTheDataDictionaryValues() {
        assertThat(Arrays.stream(StandardStatus.values()).map(StandardStatus::wireValue))
                .containsExactlyInAnyOrderElementsOf(DD_VALUES);
        assertThat(DD_VALUES).allSatisfy(value -> assertThat(value.length()).isLessThanOrEqualTo(
                StandardStatus.MAX_LENGTH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACTIVE", "active", "ActiveUnderContract", "Active_Under_Contract", "Cancelled", " Active",
            ""})
    void anythingButTheExactDataDictionarySpellingIsNoStatus(String wire) {
        assertThat(StandardStatus.fromWire(wire)).isEmpty();
    }

    @Test
    void noneIsNull() {
        assertThat(StandardStatus.fromWire(null)).isEmpty();
        StandardStatusConverter converter = new StandardStatusConverter();
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void aStoredValueThatIsNoStatusIsAnError() {
        assertThatThrownBy(() -> new StandardStatusConverter().convertToEntityAttribute("Sold"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Sold");
    }

    @Test
    void theMigrationsCheckConstraintListsTheSameValues() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V9__properties_as_reso_listings.sql")) {
            assertThat(in).as("V9 on the class path").isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher check = Pattern.compile("properties_standard_status_check check \\(standard_status in\\s*\\(([^)]*)\\)")
                .matcher(sql);
        assertThat(check.find()).as("the standard_status check in V9").isTrue();
        List<String> listed = new ArrayList<>();
        Matcher literal = Pattern.compile("'([^']*)'").matcher(check.group(1));
        while (literal.find()) {
            listed.add(literal.group(1));
        }

        assertThat(listed).containsExactlyInAnyOrderElementsOf(DD_VALUES);
    }
}
