package org.realtycrm.property.entity;

import java.math.BigDecimal;
import java.time.Instant;

/** Listings for the tests: one Active listing at 450,000 and versions of it. */
final class Listings {

    static final long FEED = 7L;
    static final String KEY = "3yd-MLSGRID-1001";
    static final Instant T1 = Instant.parse("2025-03-01T10:00:00Z");
    static final Instant T2 = Instant.parse("2025-03-02T10:00:00Z");
    static final Instant T3 = Instant.parse("2025-03-03T10:00:00Z");

    private Listings() {
    }

    static ListingFields.Builder activeAt(String price) {
        return ListingFields.builder()
                .listingId("MLS1001")
                .standardStatus(StandardStatus.ACTIVE)
                .listPrice(new BigDecimal(price))
                .bedroomsTotal(3)
                .unparsedAddress("12 Elm Street, Austin, TX 78701")
                .city("Austin")
                .postalCode("78701")
                .publicRemarks("Sunny corner lot");
    }

    static MlsListing version(Instant modified, ListingFields fields) {
        return version(modified, null, fields);
    }

    static MlsListing version(Instant modified, Instant photosChanged, ListingFields fields) {
        return new MlsListing(KEY, modified, photosChanged, fields,
                "{\"ListingKey\":\"" + KEY + "\",\"ModificationTimestamp\":\"" + modified + "\",\"MlgCanView\":true}");
    }

    static Property listed() {
        return Property.listedOnMls(FEED, version(T1, activeAt("450000").build())).property();
    }
}
