package org.realtycrm.property.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ListingFilterTest {

    private static ListingFilter filter(Map<String, String> parameters) {
        return ListingFilter.from(parameters::get);
    }

    @Test
    void noParametersSearchTheHomesForSaleNewestFirst() {
        ListingFilter filter = filter(Map.of());

        assertThat(filter.market()).isEqualTo(ListingFilter.Market.FOR_SALE);
        assertThat(filter.sort()).isEqualTo(ListingFilter.Sort.NEWEST);
        assertThat(filter.page()).isEqualTo(1);
        assertThat(filter.problems()).isEmpty();
        assertThat(filter.queryFor(1)).isEmpty();
    }

    @Test
    void readsEveryFilterAsAPersonTypesIt() {
        ListingFilter filter = filter(Map.of("q", "  oak st ", "city", "Round Rock", "zip", "78701",
                "minPrice", "$300,000", "maxPrice", "450000", "beds", "3", "baths", "2", "type", "Residential",
                "status", "SOLD", "sort", "price-low"));

        assertThat(filter.text()).isEqualTo("oak st");
        assertThat(filter.minPrice()).isEqualTo(300_000L);
        assertThat(filter.maxPrice()).isEqualTo(450_000L);
        assertThat(filter.beds()).isEqualTo(3);
        assertThat(filter.market()).isEqualTo(ListingFilter.Market.SOLD);
        assertThat(filter.sort()).isEqualTo(ListingFilter.Sort.PRICE_LOW);
        assertThat(filter.problems()).isEmpty();
        assertThat(filter.queryFor(2)).isEqualTo("?q=oak+st&city=Round+Rock&zip=78701&minPrice=300000"
                + "&maxPrice=450000&beds=3&baths=2&type=Residential&status=sold&sort=price-low&page=2");
    }

    @Test
    void whatCannotBeReadIsLeftOutAndNamed() {
        ListingFilter filter = filter(Map.of("minPrice", "lots", "zip", "7870", "status", "gone", "beds", "-1",
                "page", "x"));

        assertThat(filter.minPrice()).isNull();
        assertThat(filter.postalCode()).isNull();
        assertThat(filter.market()).isEqualTo(ListingFilter.Market.FOR_SALE);
        assertThat(filter.beds()).isNull();
        assertThat(filter.page()).isEqualTo(1);
        assertThat(filter.problems()).containsExactly("ZIP code: \"7870\" is not a ZIP code",
                "Min price: \"lots\" is not a whole number", "Beds: \"-1\" is not a whole number",
                "Status: \"gone\" is not a choice", "Page: \"x\" is not a whole number");
    }

    @Test
    void pricesTheWrongWayRoundAreSwappedAndSaidSo() {
        ListingFilter filter = filter(Map.of("minPrice", "500000", "maxPrice", "200000"));

        assertThat(filter.minPrice()).isEqualTo(200_000L);
        assertThat(filter.maxPrice()).isEqualTo(500_000L);
        assertThat(filter.problems()).singleElement().asString().contains("above max price");
    }

    @Test
    void pagesAndTextsHaveLimits() {
        ListingFilter filter = filter(Map.of("page", "999999", "q", "a".repeat(500), "beds", "1000"));

        assertThat(filter.page()).isEqualTo(ListingFilter.MAX_PAGE);
        assertThat(filter.text()).hasSize(100);
        assertThat(filter.beds()).isEqualTo(99);
    }

    @Test
    void cityAndTypeAreReadWithinTheLimitsASavedSearchHasAndWithoutControlCharacters() {
        ListingFilter filter = filter(Map.of("city", "c".repeat(80), "type", "t".repeat(80), "q", "oak\tst\u0000"));

        assertThat(filter.city()).hasSize(ListingFilter.MAX_CITY).isEqualTo("c".repeat(50));
        assertThat(filter.type()).hasSize(ListingFilter.MAX_TYPE);
        assertThat(filter.text()).isEqualTo("oak st");
    }
}
