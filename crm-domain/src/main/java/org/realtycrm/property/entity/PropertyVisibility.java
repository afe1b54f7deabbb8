package org.realtycrm.property.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which properties a caller may see: every MLS listing, and the off-MLS properties they entered themselves (an
 * admin: all of them). A listing whose StandardStatus is Delete is shown to nobody. Every property query takes one,
 * so the rule is applied by the repository and cannot be forgotten by a caller.
 *
 * <p>The public (a photo on the website, the listing an inquiry names) sees less: the IDX display rule, by
 * {@link #allows} only (the searches take no public visibility). The website reads listings through the view
 * {@code site_listings} (migration V40), which states the same rule in SQL; WebsiteIT checks that both agree.
 */
public record PropertyVisibility(Long onlyOffMlsOf, boolean idxDisplayOnly) {

    private static final PropertyVisibility ALL = new PropertyVisibility(null, false);
    /** No user has id 0: the off-MLS properties of nobody. */
    private static final PropertyVisibility PUBLIC = new PropertyVisibility(0L, true);

    /** On the market or sold: what an IDX display shows. Withdrawn, expired, canceled or held listings are not. */
    private static final Set<StandardStatus> SHOWN_TO_THE_PUBLIC = EnumSet.of(StandardStatus.ACTIVE,
            StandardStatus.ACTIVE_UNDER_CONTRACT, StandardStatus.COMING_SOON, StandardStatus.PENDING,
            StandardStatus.CLOSED);

    public static PropertyVisibility all() {
        return ALL;
    }

    /** MLS listings, and the off-MLS properties this user created. */
    public static PropertyVisibility mlsAndOwn(long userId) {
        return new PropertyVisibility(userId, false);
    }

    /**
     * What the public may see, on the brokerage's website or a portal: MLS listings on the market or sold, unless
     * their feed withheld them from internet display (InternetEntireListingDisplayYN false; a feed that does not
     * send the flag sends only what may be shown).
     */
    public static PropertyVisibility publicListings() {
        return PUBLIC;
    }

    public boolean isRestricted() {
        return onlyOffMlsOf != null;
    }

    public boolean allows(Property property) {
        if (property.getStandardStatus() == StandardStatus.DELETE) {
            return false;
        }
        if (idxDisplayOnly) {
            return property.getSource() == PropertySource.MLS
                    && SHOWN_TO_THE_PUBLIC.contains(property.getStandardStatus())
                    && !Boolean.FALSE.equals(property.getInternetEntireListingDisplayYN());
        }
        return !isRestricted() || property.getSource() == PropertySource.MLS
                || onlyOffMlsOf.equals(property.getCreatedById());
    }
}
