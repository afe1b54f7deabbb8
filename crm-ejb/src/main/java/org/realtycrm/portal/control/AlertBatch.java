package org.realtycrm.portal.control;

import java.math.BigDecimal;
import java.util.List;

import org.realtycrm.portal.entity.AlertFrequency;
import org.realtycrm.portal.entity.SearchCriteria;

/**
 * One alert message's worth: a saved search's matches claimed under one key (the message's idempotency key;
 * {@code takenUp} when an earlier claim left it unsettled), the client it goes to, and the listings as the public
 * sees them now.
 */
public record AlertBatch(long searchId, String key, boolean takenUp, String searchName, SearchCriteria criteria,
        AlertFrequency frequency, String unsubscribeToken, long clientId, String clientEmail, String clientName,
        long leadId, Agent agent, List<Listing> listings) {

    /** The client's agent, whom the alert names for questions; null while the lead has none. */
    public record Agent(String name, String email) {
    }

    /** A listing the alert tells about: new on the market, or its price dropped from {@code previousPrice}. */
    public record Listing(long id, boolean isNew, BigDecimal previousPrice, BigDecimal price, String street,
            String city, String state, String postalCode, Integer beds, Integer baths, BigDecimal livingArea,
            String status) {
    }

    @Override
    public String toString() {
        return "AlertBatch[" + key + ", " + listings.size() + " listings]";
    }
}
