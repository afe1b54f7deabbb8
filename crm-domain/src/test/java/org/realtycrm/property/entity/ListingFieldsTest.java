package org.realtycrm.property.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;

class ListingFieldsTest {

    @Test
    void textIsTrimmedBlankIsAbsentAndLongTextIsCutToTheDataDictionaryLength() {
        ListingFields fields = ListingFields.builder()
                .city("  Austin ")
                .streetName(" ")
                .stateOrProvince("Texas")
                .publicRemarks("x".repeat(5000))
                .build();

        assertThat(fields.city()).isEqualTo("Austin");
        assertThat(fields.streetName()).isNull();
        assertThat(fields.stateOrProvince()).isEqualTo("Te");
        assertThat(fields.publicRemarks()).hasSize(ListingFields.PUBLIC_REMARKS_LENGTH);
    }

    @Test
    void numbersAreRoundedToTheColumnsScale() {
        ListingFields fields = ListingFields.builder()
                .listPrice(new BigDecimal("450000.005"))
                .lotSizeArea(new BigDecimal("0.123456"))
                .latitude(new BigDecimal("30.267153123"))
                .build();

        assertThat(fields.listPrice()).isEqualTo(new BigDecimal("450000.01"));
        assertThat(fields.lotSizeArea()).isEqualTo(new BigDecimal("0.1235"));
        assertThat(fields.latitude()).isEqualTo(new BigDecimal("30.26715312"));
    }

    @Test
    void negativeCountsAndPricesAreRefused() {
        assertThatThrownBy(() -> ListingFields.builder().listPrice(new BigDecimal("-1")).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("listPrice");
        assertThatThrownBy(() -> ListingFields.builder().bedroomsTotal(-1).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("bedroomsTotal");
        assertThatThrownBy(() -> ListingFields.builder().livingArea(new BigDecimal("-0.5")).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("livingArea");
    }

    @Test
    void valuesTheColumnsCannotHoldAreRefused() {
        assertThatThrownBy(() -> ListingFields.builder().listPrice(new BigDecimal("1000000000000")).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("too large");
        assertThat(ListingFields.builder().listPrice(new BigDecimal("999999999999.99")).build().listPrice())
                .isEqualTo(new BigDecimal("999999999999.99"));
        assertThatThrownBy(() -> ListingFields.builder().latitude(new BigDecimal("90.5")).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("latitude");
        assertThatThrownBy(() -> ListingFields.builder().longitude(new BigDecimal("-180.1")).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("longitude");
        assertThatThrownBy(() -> ListingFields.builder().yearBuilt(25).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("yearBuilt");
    }

    @Test
    void toBuilderKeepsEveryValue() {
        ListingFields fields = Listings.activeAt("450000").bathroomsTotalInteger(2).listAgentKey("A1")
                .internetEntireListingDisplayYN(true).photosCount(12).build();

        assertThat(fields.toBuilder().build()).isEqualTo(fields);
    }
}
