package org.realtycrm.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.realtycrm.property.site.ListingFilter;

class SearchCriteriaTest {

    private static SearchCriteria of(Map<String, String> parameters) {
        return SearchCriteria.from(ListingFilter.from(parameters::get));
    }

    @Test
    void areTheSearchPagesFiltersReadByItsOwnRules() {
        SearchCriteria criteria = of(Map.of("q", " oak st ", "city", "Austin", "zip", "7870", "minPrice", "$300,000",
                "maxPrice", "lots", "beds", "3", "type", "Residential", "status", "sold", "sort", "price-low",
                "page", "4"));

        assertThat(criteria).isEqualTo(new SearchCriteria("oak st", "Austin", null, 300_000L, null, 3, null,
                "Residential"));
        assertThat(criteria.homesPath()).as("the status, the order and the page are not part of it")
                .isEqualTo("/homes?q=oak+st&city=Austin&minPrice=300000&beds=3&type=Residential");
    }

    @Test
    void goToTheCoreWithEveryFieldNamed() {
        JsonObject json = of(Map.of("city", "Austin", "maxPrice", "500000", "beds", "3")).json().build();

        assertThat(json.toString()).isEqualTo("{\"q\":null,\"city\":\"Austin\",\"zip\":null,\"minPrice\":null,"
                + "\"maxPrice\":500000,\"beds\":3,\"baths\":null,\"type\":null}");
    }

    @Test
    void theSearchFormsHiddenFieldsAreTheOnesWithAValue() {
        assertThat(of(Map.of("city", "Round Rock", "beds", "2", "baths", "2")).parameters())
                .containsExactly(Map.entry("city", "Round Rock"), Map.entry("beds", "2"), Map.entry("baths", "2"));
        assertThat(of(Map.of()).parameters()).isEmpty();
    }

    @Test
    void describeThemselvesAsAPersonWould() {
        assertThat(of(Map.of("beds", "3", "city", "Austin", "maxPrice", "500000")).description())
                .isEqualTo("3+ beds in Austin under $500,000");
        assertThat(of(Map.of()).description()).isEqualTo("All homes for sale");
        assertThat(of(Map.of("city", "Austin")).description()).isEqualTo("Homes in Austin");
        assertThat(of(Map.of("beds", "1", "baths", "1", "zip", "78701")).description())
                .isEqualTo("1+ bed, 1+ bath in 78701");
        assertThat(of(Map.of("type", "Condominium", "beds", "2", "city", "Austin", "zip", "78701")).description())
                .isEqualTo("Condominium with 2+ beds in Austin 78701");
        assertThat(of(Map.of("type", "Land", "minPrice", "100000")).description()).isEqualTo("Land from $100,000");
        assertThat(of(Map.of("q", "lake view", "minPrice", "600000", "maxPrice", "250000")).description())
                .as("prices the wrong way round, as the search swaps them")
                .isEqualTo("Homes matching \"lake view\" from $250,000 to $600,000");
        assertThat(of(Map.of("q", "x".repeat(100), "city", "Austin")).description()).hasSize(100).endsWith("…");
    }
}
