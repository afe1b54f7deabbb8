package org.realtycrm.property.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.realtycrm.platform.problem.InvalidInput.rejectedField;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

class PropertyQueryTest {

    @Test
    void anEmptySearchFindsEverythingNewestFirst() {
        PropertyQuery any = PropertyQuery.builder().city("  ").text("").statuses(null).build();

        assertThat(any).isEqualTo(PropertyQuery.ANY);
        assertThat(any.city()).isNull();
        assertThat(any.text()).isNull();
        assertThat(any.statuses()).isEmpty();
        assertThat(any.sort()).isEqualTo(new PropertySort(PropertySort.Field.modificationTimestamp, true));
    }

    @Test
    void textFiltersAreTrimmed() {
        PropertyQuery query = PropertyQuery.builder().city(" Austin ").postalCode(" 78704").text(" elm  ").build();

        assertThat(query.city()).isEqualTo("Austin");
        assertThat(query.postalCode()).isEqualTo("78704");
        assertThat(query.text()).isEqualTo("elm");
    }

    @Test
    void reportsEveryWrongFilterAtOnce() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> PropertyQuery.builder()
                .price(new BigDecimal("-1"), new BigDecimal("-5")).minBeds(-1).minBaths(-2).build());

        assertThat(refused.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("minPrice", "maxPrice", "maxPrice", "minBeds", "minBaths");
    }

    @Test
    void aMaximumBelowTheMinimumIsRefused() {
        FieldError error = rejectedField(() -> PropertyQuery.builder()
                .price(new BigDecimal("500000"), new BigDecimal("400000")).build());

        assertThat(error.field()).isEqualTo("maxPrice");
    }

    @Test
    void anEqualMinimumAndMaximumIsOneExactPrice() {
        PropertyQuery query = PropertyQuery.builder().price(BigDecimal.TEN, BigDecimal.TEN).build();

        assertThat(query.minPrice()).isEqualByComparingTo(query.maxPrice());
    }

    @Test
    void deleteListingsCannotBeAskedFor() {
        FieldError error = rejectedField(() -> PropertyQuery.builder()
                .statuses(Set.of(StandardStatus.ACTIVE, StandardStatus.DELETE)).build());

        assertThat(error.field()).isEqualTo("standardStatus");
        assertThat(error.message()).contains("never shown");
    }

    @Test
    void searchTextHasALimit() {
        String longest = "a".repeat(PropertyQuery.MAX_TEXT_LENGTH);

        assertThat(PropertyQuery.builder().text(longest).build().text()).isEqualTo(longest);
        assertThat(rejectedField(() -> PropertyQuery.builder().text(longest + "a").build()).field()).isEqualTo("q");
    }

    @ParameterizedTest
    @CsvSource({
        "listPrice,              listPrice,             false",
        "-listPrice,             listPrice,             true",
        "+bedroomsTotal,         bedroomsTotal,         false",
        "' -modificationTimestamp ', modificationTimestamp, true"})
    void readsEverySortField(String expression, String field, boolean descending) {
        PropertySort sort = PropertySort.parse(expression);

        assertThat(sort.field().name()).isEqualTo(field);
        assertThat(sort.descending()).isEqualTo(descending);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void sortsNewestFirstWhenNoSortIsGiven(String expression) {
        assertThat(PropertySort.parse(expression)).isEqualTo(PropertySort.DEFAULT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"price", "ListPrice", "-", "--listPrice", "list_price", "id"})
    void refusesAnUnknownSortListingTheChoices(String expression) {
        FieldError error = rejectedField(() -> PropertySort.parse(expression));

        assertThat(error.field()).isEqualTo("sort");
        assertThat(error.message()).contains("listPrice, modificationTimestamp, bedroomsTotal");
    }
}
