package org.realtycrm.property.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PropertyDisplayAddressTest {

    @Test
    void anAddressThatNamesItsCityIsShownAsItIs() {
        assertThat(property(ListingFields.builder().unparsedAddress("12 Elm Street, Austin, TX").city("Austin"))
                .displayAddress()).isEqualTo("12 Elm Street, Austin, TX");
    }

    @Test
    void theCityIsAddedWhenTheAddressLacksIt() {
        assertThat(property(ListingFields.builder().unparsedAddress("12 Elm Street").city("Austin"))
                .displayAddress()).isEqualTo("12 Elm Street, Austin");
    }

    @Test
    void withoutAnUnparsedAddressTheStreetPartsAreJoined() {
        assertThat(property(ListingFields.builder().streetNumber("12").streetName("Elm").streetSuffix("St")
                .unitNumber("4B")).displayAddress()).isEqualTo("12 Elm St 4B");
    }

    private static Property property(ListingFields.Builder fields) {
        return Property.offMls(fields.build(), 1L).property();
    }
}
