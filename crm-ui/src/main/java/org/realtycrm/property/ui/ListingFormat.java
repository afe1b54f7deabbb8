package org.realtycrm.property.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.realtycrm.property.entity.LeadPropertyRelation;
import org.realtycrm.property.entity.StandardStatus;

/** How the listing screens write prices, statuses and sizes, and where they find a photo. */
final class ListingFormat {

    /** The RESO Data Dictionary's PropertyType values. */
    static final List<String> PROPERTY_TYPES = List.of("Residential", "ResidentialIncome", "ResidentialLease", "Land",
            "Farm", "CommercialSale", "CommercialLease", "BusinessOpportunity", "ManufacturedInPark");

    /** The statuses a user may choose or filter by: Delete listings are shown to nobody. */
    static final List<StandardStatus> STATUSES = Arrays.stream(StandardStatus.values())
            .filter(status -> status != StandardStatus.DELETE).toList();

    private ListingFormat() {
    }

    /** e.g. {@code $450,000}; an empty string when there is no price. */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format.format(amount);
    }

    /** e.g. {@code 1,850}; an empty string when unknown. */
    static String number(BigDecimal value) {
        return value == null ? "" : NumberFormat.getNumberInstance(Locale.US).format(value);
    }

    /** The DD's words, e.g. {@code Active Under Contract}. */
    static String status(StandardStatus status) {
        return status == null ? "" : status.wireValue();
    }

    /** e.g. {@code Interested in}. */
    static String words(LeadPropertyRelation relation) {
        String words = relation.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The photo endpoint ({@link PhotoServlet}), relative to the application's root. */
    static String photoPath(long mediaId) {
        return "/photos/" + mediaId;
    }

    static String thumbnailPath(long mediaId) {
        return photoPath(mediaId) + "?thumbnail";
    }
}
