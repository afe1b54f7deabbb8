package org.realtycrm.portal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The core's answers to the client's own calls, read as the contract writes them. */
class CoreAnswersReadTest {

    @Test
    void theClientAndTheirAgent() {
        ClientProfile profile = ClientProfile.from(PortalJson.object("{\"name\":\"Vera Client\",\"email\":"
                + "\"vera@example.com\",\"agent\":{\"name\":\"Ana Alvarez\",\"email\":\"ana@lakeside.example\"}}"));

        assertThat(profile).isEqualTo(new ClientProfile("Vera Client", "vera@example.com",
                new ClientProfile.Agent("Ana Alvarez", "ana@lakeside.example")));
        assertThat(ClientProfile.from(PortalJson.object("{\"name\":\"Vera\",\"email\":\"v@example.com\","
                + "\"agent\":null}")).agent()).as("no agent yet").isNull();
    }

    @Test
    void theSavedHomes() {
        assertThat(Favourite.listFrom(PortalJson.object("{\"items\":[{\"listingId\":123,\"savedAt\":"
                + "\"2026-12-06T10:00:00Z\"},{\"listingId\":7,\"savedAt\":null}]}")))
                .containsExactly(new Favourite(123, Instant.parse("2026-12-06T10:00:00Z")), new Favourite(7, null));
        assertThat(Favourite.listFrom(PortalJson.object("{\"items\":[]}"))).isEmpty();
        assertThatThrownBy(() -> Favourite.listFrom(PortalJson.object("{\"items\":[{\"savedAt\":null}]}")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSavedSearchesWithTheirCriteria() {
        SavedSearch search = SavedSearch.listFrom(PortalJson.object("{\"items\":[{\"id\":1,\"name\":\"Family homes\","
                + "\"criteria\":{\"q\":null,\"city\":\"Austin\",\"zip\":null,\"minPrice\":null,\"maxPrice\":500000,"
                + "\"beds\":3,\"baths\":null,\"type\":null},\"frequency\":\"DAILY\",\"createdAt\":"
                + "\"2026-12-01T08:30:00Z\"}]}")).get(0);

        assertThat(search).isEqualTo(new SavedSearch(1, "Family homes", new SearchCriteria(null, "Austin", null, null,
                500_000L, 3, null, null), Frequency.DAILY, Instant.parse("2026-12-01T08:30:00Z")));
        assertThat(search.homesPath()).isEqualTo("/homes?city=Austin&maxPrice=500000&beds=3");
        assertThat(search.name()).isEqualTo("Family homes");
    }

    @Test
    void aSavedSearchWithoutTheNameTheCoreAlwaysGivesIsNotRead() {
        assertThatThrownBy(() -> SavedSearch.from(PortalJson.object("{\"id\":2,\"criteria\":{\"city\":\"Austin\"},"
                + "\"frequency\":\"OFF\",\"createdAt\":null}"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFrequencyTheContractDoesNotKnowIsNotReadAsAnother() {
        assertThatThrownBy(() -> SavedSearch.from(PortalJson.object("{\"id\":2,\"name\":\"Mine\",\"criteria\":{},"
                + "\"frequency\":\"WEEKLY\"}"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WEEKLY");
    }
}
