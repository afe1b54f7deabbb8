package org.realtycrm.pipeline.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One owner and property of a purchased list, read through its mapping ({@link ListRowReader}): what the criteria
 * test, what becomes the property's record and, later, the owner's lead. Text fields are stripped, absent ones
 * {@code null}; states upper case; ZIPs five digits or ZIP+4 as text.
 *
 * @param extra every column the mapping does not name, by its header (a list traced already keeps its phones here)
 */
public record ListRow(long line, Owner owner, Place property, String county, String apn, String propertyType,
        Integer bedrooms, BigDecimal bathrooms, BigDecimal livingArea, BigDecimal lotSize, Integer yearBuilt,
        BigDecimal estimatedValue, BigDecimal equityPercent, LocalDate lastSaleDate, BigDecimal lastSalePrice,
        Integer yearsOwned, Boolean ownerOccupied, Boolean vacant, Boolean taxDelinquent, Boolean preForeclosure,
        BigDecimal latitude, BigDecimal longitude, Map<String, String> extra) {

    /** The owner as the list names them, with where they get mail. */
    public record Owner(String name, String firstName, String lastName, boolean corporate, Place mailing) {
    }

    /** An address as lists give it. */
    public record Place(String street, String unit, String city, String state, String zip) {

        public boolean isEmpty() {
            return street == null && city == null && state == null && zip == null;
        }

        /** {@link AddressKey} of this address, or {@code null} when it is too incomplete to compare. */
        public String key() {
            return AddressKey.of(street, unit, city, state, zip);
        }
    }

    /** How the owner holds the property, from the addresses and the name. */
    public Set<OwnerType> ownerTypes() {
        Set<OwnerType> types = EnumSet.noneOf(OwnerType.class);
        Place mailing = owner.mailing();
        String mailingKey = mailing.key();
        String propertyKey = property.key();
        boolean mailsElsewhere = Boolean.FALSE.equals(ownerOccupied)
                || (mailingKey != null && propertyKey != null && !mailingKey.equals(propertyKey));
        if (mailsElsewhere && !Boolean.TRUE.equals(ownerOccupied)) {
            types.add(OwnerType.ABSENTEE);
        }
        if (mailing.state() != null && property.state() != null && !mailing.state().equals(property.state())) {
            types.add(OwnerType.OUT_OF_STATE);
        }
        if (owner.corporate()) {
            types.add(OwnerType.CORPORATE);
        }
        return types;
    }

    /** Whole years since the last sale (the list's own figure when it has one), or {@code null} when unknown. */
    public Integer yearsOwnedOn(LocalDate today) {
        if (yearsOwned != null) {
            return yearsOwned;
        }
        return lastSaleDate == null ? null : (int) ChronoUnit.YEARS.between(lastSaleDate, today);
    }
}
