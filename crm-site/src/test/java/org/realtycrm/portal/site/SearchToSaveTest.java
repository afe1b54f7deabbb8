package org.realtycrm.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SearchToSaveTest {

    @Test
    void isCalledByWhatItLooksForAndSentInstantlyUnlessSaidOtherwise() {
        SearchToSave search = SearchToSave.from(Map.of("city", "Austin", "beds", "3", "maxPrice", "500000",
                "name", "  ", "frequency", "sometimes")::get);

        assertThat(search.name()).isEqualTo("3+ beds in Austin under $500,000");
        assertThat(search.frequency()).isEqualTo(Frequency.INSTANT);
        assertThat(search.json().toString()).isEqualTo("{\"name\":\"3+ beds in Austin under $500,000\",\"criteria\":"
                + "{\"q\":null,\"city\":\"Austin\",\"zip\":null,\"minPrice\":null,\"maxPrice\":500000,\"beds\":3,"
                + "\"baths\":null,\"type\":null},\"frequency\":\"INSTANT\"}");
    }

    @Test
    void keepsTheNameAndFrequencyTheClientChose() {
        SearchToSave search = SearchToSave.from(Map.of("city", "Austin", "name", " Near school ", "frequency",
                "daily")::get);

        assertThat(search.name()).isEqualTo("Near school");
        assertThat(search.frequency()).isEqualTo(Frequency.DAILY);
        assertThat(SearchToSave.from(Map.of("name", "n".repeat(300))::get).name()).hasSize(SearchToSave.MAX_NAME);
    }

    @Test
    void sendsNothingTheCoreRefuses() {
        SearchToSave search = SearchToSave.from(Map.of("name", " Near\tschool\n" + "n".repeat(200), "city",
                "c".repeat(80), "type", "t".repeat(80), "q", "q".repeat(300), "zip", "787")::get);

        assertThat(SearchToSave.MAX_NAME).as("the core's SavedSearch.MAX_NAME").isEqualTo(120);
        assertThat(search.name()).hasSize(120).startsWith("Near school n").doesNotContain("\t", "\n");
        assertThat(search.criteria().city()).hasSize(50);
        assertThat(search.criteria().type()).hasSize(50);
        assertThat(search.criteria().q()).hasSize(100);
        assertThat(search.criteria().zip()).as("not a ZIP: not searched for").isNull();
        assertThat(SearchToSave.name(" \t ")).as("no new name").isNull();
    }
}
