package org.realtycrm.pipeline.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;

class TargetFiltersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    /** An absentee owner in Texas of a vacant Boston single-family house, 45% equity, $350k, owned since 2015. */
    private static ListRow row() {
        return new ListRow(2, new ListRow.Owner("Jane Doe", "Jane", "Doe", false,
                new ListRow.Place("9 Oak Ave", null, "Dallas", "TX", "75201")),
                new ListRow.Place("123 Main St", null, "Boston", "MA", "02134"), "Suffolk", null, "Single Family",
                3, null, null, null, 1920, new BigDecimal("350000"), new BigDecimal("45"), LocalDate.of(2015, 3, 31),
                null, null, false, true, null, null, new BigDecimal("42.35"), new BigDecimal("-71.06"), Map.of());
    }

    private static TargetFilters filters(Set<String> zips, Set<String> counties, TargetFilters.Radius radius,
            BigDecimal minEquity, Set<OwnerType> owners, Boolean vacant, Integer minYears, BigDecimal maxValue) {
        return new TargetFilters(zips, Set.of(), counties, radius, Set.of(), minEquity, null, owners, vacant, null,
                null, minYears, null, null, maxValue);
    }

    @Test
    void no_filter_takes_every_row() {
        assertThat(TargetFilters.NONE.matches(row(), TODAY)).isTrue();
    }

    @Test
    void every_given_filter_must_hold() {
        assertThat(filters(Set.of("02134"), Set.of("Suffolk County"), null, new BigDecimal("40"),
                Set.of(OwnerType.OUT_OF_STATE), true, 10, new BigDecimal("400000")).matches(row(), TODAY)).isTrue();
        assertThat(filters(Set.of("02135"), Set.of(), null, null, Set.of(), null, null, null).matches(row(), TODAY))
                .isFalse();
        assertThat(filters(Set.of(), Set.of(), null, new BigDecimal("50"), Set.of(), null, null, null)
                .matches(row(), TODAY)).isFalse();
        assertThat(filters(Set.of(), Set.of(), null, null, Set.of(OwnerType.CORPORATE), null, null, null)
                .matches(row(), TODAY)).isFalse();
        assertThat(filters(Set.of(), Set.of(), null, null, Set.of(), false, null, null).matches(row(), TODAY))
                .isFalse();
        assertThat(filters(Set.of(), Set.of(), null, null, Set.of(), null, 12, null).matches(row(), TODAY))
                .isFalse();
        assertThat(filters(Set.of(), Set.of(), null, null, Set.of(), null, null, new BigDecimal("300000"))
                .matches(row(), TODAY)).isFalse();
    }

    @Test
    void a_radius_takes_rows_within_its_miles() {
        TargetFilters.Radius downtown = new TargetFilters.Radius(new BigDecimal("42.36"), new BigDecimal("-71.06"),
                new BigDecimal("1"));
        TargetFilters.Radius cambridge = new TargetFilters.Radius(new BigDecimal("42.37"), new BigDecimal("-71.11"),
                new BigDecimal("1"));
        assertThat(filters(Set.of(), Set.of(), downtown, null, Set.of(), null, null, null).matches(row(), TODAY))
                .isTrue();
        assertThat(filters(Set.of(), Set.of(), cambridge, null, Set.of(), null, null, null).matches(row(), TODAY))
                .isFalse();
    }

    @Test
    void a_value_the_row_does_not_give_fails_its_filter() {
        ListRow unknown = new ListRow(2, row().owner(), row().property(), null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, Map.of());
        assertThat(filters(Set.of(), Set.of(), null, new BigDecimal("10"), Set.of(), null, null, null)
                .matches(unknown, TODAY)).isFalse();
        assertThat(filters(Set.of(), Set.of("Suffolk"), null, null, Set.of(), null, null, null)
                .matches(unknown, TODAY)).isFalse();
    }

    @Test
    void survives_its_stored_form() {
        TargetFilters filters = filters(Set.of("02134", "02135"), Set.of("suffolk"), new TargetFilters.Radius(
                new BigDecimal("42.36"), new BigDecimal("-71.06"), new BigDecimal("5")), new BigDecimal("40"),
                Set.of(OwnerType.ABSENTEE, OwnerType.CORPORATE), true, 10, new BigDecimal("400000"));
        assertThat(TargetFilters.fromJson(filters.toJson())).isEqualTo(filters);
        assertThat(TargetFilters.fromJson(TargetFilters.NONE.toJson())).isEqualTo(TargetFilters.NONE);
    }

    @Test
    void refuses_what_cannot_be_meant() {
        assertThatThrownBy(() -> filters(Set.of("2134"), Set.of(), null, null, Set.of(), null, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TargetFilters(Set.of(), Set.of(), Set.of(), null, Set.of(), new BigDecimal("60"),
                new BigDecimal("40"), Set.of(), null, null, null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field()).containsExactly("maxEquityPercent"));
        assertThatThrownBy(() -> filters(Set.of(), Set.of(), new TargetFilters.Radius(new BigDecimal("91"),
                BigDecimal.ZERO, BigDecimal.ONE), null, Set.of(), null, null, null))
                .isInstanceOf(InvalidInputException.class);
    }
}
