package org.realtycrm.portal.site;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * A saved home as the account page shows it: the listing as its card prints it ({@code Listing.shown()}), or null
 * when the site no longer shows it (sold long ago, withdrawn), which the page says, with a way to remove it.
 */
public record FavouriteHome(long listingId, Instant savedAt, Map<String, Object> listing) {

    /**
     * The site knows no time zone of the brokerage's (nor the visitor's): the day is UTC's, and the page says so.
     */
    private static final DateTimeFormatter SAVED_ON = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US)
            .withZone(ZoneOffset.UTC);

    public boolean listed() {
        return listing != null;
    }

    /** The day it was saved, in UTC ("December 1, 2026"); null when the core did not say. */
    public String savedOnUtc() {
        return savedAt == null ? null : SAVED_ON.format(savedAt);
    }
}
