package org.realtycrm.property.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class ListingJsonLdTest {

    private final Listing listing = new Listing(7, "MLS7", "Active", "Residential", "Single Family Residence",
            new BigDecimal("425000"), null, null, null, 3, 2, new BigDecimal("1850"), null, 1998, "48 Maple Ave",
            "Austin", "TX", "78701", null, new BigDecimal("30.27"), new BigDecimal("-97.74"),
            "Yard </script><script>alert(1)</script> & more", null, null, null, "Demo MLS", null, null);

    @Test
    void describesTheListingItsHomeAndItsOffer() {
        JsonObject json = Json.createReader(new StringReader(ListingJsonLd.listing(listing,
                "https://homes.example/homes/austin/48-maple-ave-7", List.of("https://crm.example/p/1"))))
                .readObject();

        assertThat(json.getString("@type")).isEqualTo("RealEstateListing");
        assertThat(json.getJsonObject("offers").getJsonNumber("price").intValue()).isEqualTo(425_000);
        assertThat(json.getJsonObject("offers").getString("priceCurrency")).isEqualTo("USD");
        JsonObject home = json.getJsonObject("about");
        assertThat(home.getString("@type")).isEqualTo("SingleFamilyResidence");
        assertThat(home.getJsonObject("address").getString("postalCode")).isEqualTo("78701");
        assertThat(home.getJsonObject("geo").getJsonNumber("latitude").doubleValue()).isEqualTo(30.27);
        assertThat(json.getJsonArray("image")).hasSize(1);
        assertThat(json.getString("description")).contains("</script><script>alert(1)");
    }

    @Test
    void itsTextCannotEndTheScriptElementItSitsIn() {
        String text = ListingJsonLd.listing(listing, "https://homes.example/x-7", List.of());

        assertThat(text).doesNotContain("<", ">", "&").contains("\\u003c/script\\u003e", "\\u0026 more");
    }
}
