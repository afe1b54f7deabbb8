package org.realtycrm.property.site;

import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.realtycrm.platform.site.Brand;

/**
 * schema.org descriptions for search engines, as JSON-LD: a listing is a {@code RealEstateListing} whose offer is
 * its price and whose subject is the home with its address and place on the map; the brokerage is a
 * {@code RealEstateAgent}. A home whose PropertySubType is the Data Dictionary's "Single Family Residence" is a
 * schema.org {@code SingleFamilyResidence}, any other a {@code Residence}. The text is made safe to sit inside a
 * script element.
 */
public final class ListingJsonLd {

    /** Found once: {@code Json.createObjectBuilder()} looks the provider up with a ServiceLoader at every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private ListingJsonLd() {
    }

    public static String listing(Listing listing, String pageUrl, List<String> photoUrls) {
        JsonObjectBuilder home = JSON.createObjectBuilder()
                .add("@type", "Single Family Residence".equals(listing.propertySubType()) ? "SingleFamilyResidence"
                        : "Residence")
                .add("name", listing.fullAddress())
                .add("address", address(listing));
        if (listing.hasLocation()) {
            home.add("geo", JSON.createObjectBuilder().add("@type", "GeoCoordinates")
                    .add("latitude", listing.latitude()).add("longitude", listing.longitude()));
        }
        if (listing.beds() != null) {
            home.add("numberOfBedrooms", listing.beds());
        }
        if (listing.baths() != null) {
            home.add("numberOfBathroomsTotal", listing.baths());
        }
        if (listing.livingArea() != null) {
            home.add("floorSize", JSON.createObjectBuilder().add("@type", "QuantitativeValue")
                    .add("value", listing.livingArea()).add("unitCode", "FTK"));
        }
        if (listing.yearBuilt() != null) {
            home.add("yearBuilt", listing.yearBuilt());
        }
        JsonObjectBuilder item = JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "RealEstateListing")
                .add("name", listing.fullAddress())
                .add("url", pageUrl)
                .add("description", listing.summary())
                .add("about", home);
        if (listing.price() != null) {
            item.add("offers", JSON.createObjectBuilder().add("@type", "Offer").add("price", listing.price())
                    .add("priceCurrency", "USD")
                    .add("availability", "Closed".equals(listing.status()) ? "https://schema.org/SoldOut"
                            : "https://schema.org/InStock"));
        }
        if (!photoUrls.isEmpty()) {
            item.add("image", JSON.createArrayBuilder(photoUrls));
        }
        return scriptSafe(item.build());
    }

    public static String brokerage(Brand brand, String siteUrl) {
        JsonObjectBuilder agent = JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "RealEstateAgent")
                .add("name", brand.name())
                .add("url", siteUrl);
        if (brand.phone() != null) {
            agent.add("telephone", brand.phone());
        }
        if (brand.email() != null) {
            agent.add("email", brand.email());
        }
        if (brand.address() != null) {
            agent.add("address", brand.address());
        }
        if (brand.logoUrl() != null) {
            agent.add("logo", brand.logoUrl());
        }
        return scriptSafe(agent.build());
    }

    private static JsonObjectBuilder address(Listing listing) {
        JsonObjectBuilder address = JSON.createObjectBuilder().add("@type", "PostalAddress")
                .add("streetAddress", listing.streetLine());
        if (listing.city() != null) {
            address.add("addressLocality", listing.city());
        }
        if (listing.state() != null) {
            address.add("addressRegion", listing.state());
        }
        if (listing.postalCode() != null) {
            address.add("postalCode", listing.postalCode());
        }
        return address.add("addressCountry", "US");
    }

    /** JSON whose text cannot end the script element it sits in, nor open a comment or markup. */
    static String scriptSafe(JsonObject json) {
        return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
