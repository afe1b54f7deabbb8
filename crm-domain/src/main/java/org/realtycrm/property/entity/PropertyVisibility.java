package org.realtycrm.property.entity;

/**
 * Which properties a caller may see: every MLS listing, and the off-MLS properties they entered themselves (an
 * admin: all of them). A listing whose StandardStatus is Delete is shown to nobody. Every property query takes one,
 * so the rule is applied by the repository and cannot be forgotten by a caller.
 */
public record PropertyVisibility(Long onlyOffMlsOf) {

    private static final PropertyVisibility ALL = new PropertyVisibility(null);
    /** No user has this id: the off-MLS properties of nobody. */
    private static final PropertyVisibility PUBLIC = new PropertyVisibility(0L);

    public static PropertyVisibility all() {
        return ALL;
    }

    /** MLS listings, and the off-MLS properties this user created. */
    public static PropertyVisibility mlsAndOwn(long userId) {
        return new PropertyVisibility(userId);
    }

    /** What the public may see, on the brokerage's website or a portal: MLS listings only. */
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
        return !isRestricted() || property.getSource() == PropertySource.MLS
                || onlyOffMlsOf.equals(property.getCreatedById());
    }
}
