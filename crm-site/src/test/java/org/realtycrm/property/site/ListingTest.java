package org.realtycrm.property.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ListingTest {

    private static Listing listing(String status, String street, String city, BigDecimal listPrice,
            BigDecimal closePrice) {
        return new Listing(42, "MLS42", status, "Residential", "Single Family Residence", listPrice, null, closePrice,
                closePrice == null ? null : LocalDate.of(2026, 5, 1), 3, 2, new BigDecimal("1850"), null, 1998, street,
                city, "TX", "78701", null, null, null, "Sunny", "Jo Agent", "Hill Country Homes", null, "Demo MLS",
                null, null);
    }

    @Test
    void aListingHasOneReadableAddress() {
        Listing listing = listing("Active", "48 Maple Ave #2", "São Paulo", new BigDecimal("425000"), null);

        assertThat(listing.path()).isEqualTo("/homes/sao-paulo/48-maple-ave-2-42");
        assertThat(listing.fullAddress()).isEqualTo("48 Maple Ave #2, São Paulo, TX 78701");
        assertThat(listing.citySearchPath()).isEqualTo("/homes?city=S%C3%A3o+Paulo");
    }

    @Test
    void aSoldHomeShowsWhatItSoldFor() {
        assertThat(listing("Closed", "1 Oak St", "Austin", new BigDecimal("300000"), new BigDecimal("310500"))
                .priceText()).isEqualTo("$310,500");
        assertThat(listing("Pending", "1 Oak St", "Austin", new BigDecimal("300000"), null).priceText())
                .isEqualTo("$300,000");
        assertThat(listing("Active", "1 Oak St", "Austin", null, null).priceText()).isEqualTo("Price on request");
    }

    @Test
    void factsAndSummaryNameWhatIsKnown() {
        Listing listing = listing("Active", null, "Austin", new BigDecimal("425000"), null);

        assertThat(listing.streetLine()).isEqualTo("Home in Austin");
        assertThat(listing.factsLine()).isEqualTo("3 bd · 2 ba · 1,850 sq ft");
        assertThat(listing.summary()).isEqualTo("Active: Home in Austin, Austin, TX 78701 for $425,000. "
                + "3 bd · 2 ba · 1,850 sq ft. Sunny");
    }

    @Test
    void slugsAreLowerCaseWordsJoinedByDashes() {
        assertThat(Slugs.of("  12-B  Élan Court, Apt. #7 ")).isEqualTo("12-b-elan-court-apt-7");
        assertThat(Slugs.of("###")).isEqualTo("home");
        assertThat(Slugs.of("x".repeat(200))).hasSize(80);
    }

    @Test
    void aListingsPagePathNamesItById() {
        assertThat(ListingServlet.id("/austin/48-maple-ave-42")).hasValue(42L);
        assertThat(ListingServlet.id("/austin/12-34-unit-9-77")).hasValue(77L);
        assertThat(ListingServlet.id("/x/77")).hasValue(77L);
        assertThat(ListingServlet.id("/austin/maple-ave")).isEmpty();
        assertThat(ListingServlet.id("/austin")).isEmpty();
        assertThat(ListingServlet.id(null)).isEmpty();
    }
}
