package org.realtycrm.property.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.property.entity.PropertyQuery;
import org.realtycrm.property.entity.PropertySort;
import org.realtycrm.property.entity.StandardStatus;

class ListingFiltersTest {

    @Test
    void fiveDigitsSearchThePostalCodeAnythingElseTheCity() {
        ListingFilters filters = new ListingFilters();
        filters.setPlace(" 78704 ");
        PropertyQuery zip = filters.query(null);
        assertThat(zip.postalCode()).isEqualTo("78704");
        assertThat(zip.city()).isNull();

        filters.setPlace("Austin");
        PropertyQuery city = filters.query(null);
        assertThat(city.city()).isEqualTo("Austin");
        assertThat(city.postalCode()).isNull();
    }

    @Test
    void theMapBoxIsAFilterOnlyWithAllFourCornersAndIsForgottenWhenCleared() {
        ListingFilters filters = new ListingFilters();
        filters.setSouth(30.0);
        filters.setWest(-98.0);
        filters.setNorth(30.5);
        filters.setEast(-97.5);
        assertThat(filters.query(null).box()).isNotNull();
        assertThat(filters.isInArea()).isTrue();

        filters.clearArea();
        assertThat(filters.query(null).box()).isNull();
    }

    @Test
    void aMinimumAboveTheMaximumNamesTheField() {
        ListingFilters filters = new ListingFilters();
        filters.setMinPrice(new BigDecimal("500000"));
        filters.setMaxPrice(new BigDecimal("400000"));
        assertThatThrownBy(() -> filters.query(null)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.errors()).anyMatch(error -> error.field().equals("maxPrice")));
    }

    @Test
    void theChosenOrderAppliesUnlessATableColumnIsSorted() {
        ListingFilters filters = new ListingFilters();
        assertThat(filters.query(null).sort()).isEqualTo(PropertySort.DEFAULT);
        filters.setSort("-listPrice");
        assertThat(filters.query(null).sort()).isEqualTo(new PropertySort(PropertySort.Field.listPrice, true));
        PropertySort beds = new PropertySort(PropertySort.Field.bedroomsTotal, false);
        assertThat(filters.query(beds).sort()).isEqualTo(beds);
    }

    @Test
    void aCopyIsNotChangedByLaterEdits() {
        ListingFilters filters = new ListingFilters();
        filters.setStatuses(List.of(StandardStatus.ACTIVE));
        ListingFilters applied = filters.copy();
        filters.setStatuses(List.of(StandardStatus.PENDING));
        filters.setText("pool");
        assertThat(applied.query(null).statuses()).containsExactly(StandardStatus.ACTIVE);
        assertThat(applied.query(null).text()).isNull();
    }
}
