package org.realtycrm.lead.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.platform.problem.InvalidInput.rejectedField;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.platform.problem.FieldError;

class LeadSortTest {

    @ParameterizedTest
    @CsvSource({
        "createdAt,       createdAt,      false",
        "-lastName,       lastName,       true",
        "+status,         status,         false",
        "'  -updatedAt ', updatedAt,      true",
        "firstName,       firstName,      false",
        "temperature,     temperature,    false",
        "-nextFollowUpAt, nextFollowUpAt, true"})
    void readsEveryDocumentedSortField(String expression, String field, boolean descending) {
        LeadSort sort = LeadSort.parse(expression);

        assertThat(sort.field().name()).isEqualTo(field);
        assertThat(sort.descending()).isEqualTo(descending);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void sortsNewestFirstWhenNoSortIsGiven(String expression) {
        assertThat(LeadSort.parse(expression)).isEqualTo(new LeadSort(LeadSort.Field.createdAt, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"price", "CreatedAt", "-", "--createdAt", "+-status", "created_at", "id"})
    void refusesAnUnknownSortListingTheChoices(String expression) {
        FieldError error = rejectedField(() -> LeadSort.parse(expression));

        assertThat(error.field()).isEqualTo("sort");
        assertThat(error.message()).contains("createdAt, updatedAt, firstName, lastName, status, temperature, "
                + "nextFollowUpAt");
    }
}
