package org.realtycrm.property.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.realtycrm.platform.problem.InvalidInputException;

/**
 * The RESO Data Dictionary 2.0 fields of a listing that we map to columns (the DD name of each component is its
 * name capitalised: {@code listPrice} is ListPrice). Built by the feed's mapping for MLS listings and by the screens
 * for off-MLS properties. Construction normalises and checks: text trimmed and cut to the DD length, money to 2
 * decimals, areas to the DD scale, counts and prices not negative, latitude and longitude in range.
 */
public record ListingFields(
        String listingId,
        String originatingSystemName,
        StandardStatus standardStatus,
        String propertyType,
        String propertySubType,
        BigDecimal listPrice,
        BigDecimal originalListPrice,
        BigDecimal closePrice,
        LocalDate closeDate,
        LocalDate listingContractDate,
        Integer daysOnMarket,
        Integer bedroomsTotal,
        Integer bathroomsTotalInteger,
        BigDecimal livingArea,
        BigDecimal lotSizeArea,
        Integer yearBuilt,
        String streetNumber,
        String streetName,
        String streetSuffix,
        String unitNumber,
        String unparsedAddress,
        String city,
        String stateOrProvince,
        String postalCode,
        String countyOrParish,
        BigDecimal latitude,
        BigDecimal longitude,
        String publicRemarks,
        String listAgentKey,
        String listAgentFullName,
        String listOfficeKey,
        String listOfficeName,
        Boolean internetEntireListingDisplayYN,
        Integer photosCount) {

    public static final int LISTING_ID_LENGTH = 255;
    public static final int ORIGINATING_SYSTEM_NAME_LENGTH = 255;
    public static final int PROPERTY_TYPE_LENGTH = 50;
    public static final int PROPERTY_SUB_TYPE_LENGTH = 50;
    public static final int STREET_NUMBER_LENGTH = 25;
    public static final int STREET_NAME_LENGTH = 50;
    public static final int STREET_SUFFIX_LENGTH = 25;
    public static final int UNIT_NUMBER_LENGTH = 25;
    public static final int UNPARSED_ADDRESS_LENGTH = 255;
    public static final int CITY_LENGTH = 50;
    public static final int STATE_OR_PROVINCE_LENGTH = 2;
    public static final int POSTAL_CODE_LENGTH = 10;
    public static final int COUNTY_OR_PARISH_LENGTH = 50;
    public static final int PUBLIC_REMARKS_LENGTH = 4000;
    public static final int LIST_AGENT_KEY_LENGTH = 255;
    public static final int LIST_AGENT_FULL_NAME_LENGTH = 150;
    public static final int LIST_OFFICE_KEY_LENGTH = 255;
    public static final int LIST_OFFICE_NAME_LENGTH = 255;

    public ListingFields {
        listingId = Text.clip(listingId, LISTING_ID_LENGTH);
        originatingSystemName = Text.clip(originatingSystemName, ORIGINATING_SYSTEM_NAME_LENGTH);
        propertyType = Text.clip(propertyType, PROPERTY_TYPE_LENGTH);
        propertySubType = Text.clip(propertySubType, PROPERTY_SUB_TYPE_LENGTH);
        listPrice = nonNegative("listPrice", scaled("listPrice", listPrice, 14, 2));
        originalListPrice = nonNegative("originalListPrice", scaled("originalListPrice", originalListPrice, 14, 2));
        closePrice = nonNegative("closePrice", scaled("closePrice", closePrice, 14, 2));
        nonNegative("daysOnMarket", daysOnMarket);
        nonNegative("bedroomsTotal", bedroomsTotal);
        nonNegative("bathroomsTotalInteger", bathroomsTotalInteger);
        livingArea = nonNegative("livingArea", scaled("livingArea", livingArea, 14, 2));
        lotSizeArea = nonNegative("lotSizeArea", scaled("lotSizeArea", lotSizeArea, 16, 4));
        if (yearBuilt != null && (yearBuilt < 1000 || yearBuilt > 3000)) {
            throw new InvalidInputException("yearBuilt", "is not a year");
        }
        streetNumber = Text.clip(streetNumber, STREET_NUMBER_LENGTH);
        streetName = Text.clip(streetName, STREET_NAME_LENGTH);
        streetSuffix = Text.clip(streetSuffix, STREET_SUFFIX_LENGTH);
        unitNumber = Text.clip(unitNumber, UNIT_NUMBER_LENGTH);
        unparsedAddress = Text.clip(unparsedAddress, UNPARSED_ADDRESS_LENGTH);
        city = Text.clip(city, CITY_LENGTH);
        stateOrProvince = Text.clip(stateOrProvince, STATE_OR_PROVINCE_LENGTH);
        postalCode = Text.clip(postalCode, POSTAL_CODE_LENGTH);
        countyOrParish = Text.clip(countyOrParish, COUNTY_OR_PARISH_LENGTH);
        latitude = within("latitude", scaled("latitude", latitude, 12, 8), 90);
        longitude = within("longitude", scaled("longitude", longitude, 12, 8), 180);
        publicRemarks = Text.clip(publicRemarks, PUBLIC_REMARKS_LENGTH);
        listAgentKey = Text.clip(listAgentKey, LIST_AGENT_KEY_LENGTH);
        listAgentFullName = Text.clip(listAgentFullName, LIST_AGENT_FULL_NAME_LENGTH);
        listOfficeKey = Text.clip(listOfficeKey, LIST_OFFICE_KEY_LENGTH);
        listOfficeName = Text.clip(listOfficeName, LIST_OFFICE_NAME_LENGTH);
        nonNegative("photosCount", photosCount);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values, to change some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.listingId = listingId;
        builder.originatingSystemName = originatingSystemName;
        builder.standardStatus = standardStatus;
        builder.propertyType = propertyType;
        builder.propertySubType = propertySubType;
        builder.listPrice = listPrice;
        builder.originalListPrice = originalListPrice;
        builder.closePrice = closePrice;
        builder.closeDate = closeDate;
        builder.listingContractDate = listingContractDate;
        builder.daysOnMarket = daysOnMarket;
        builder.bedroomsTotal = bedroomsTotal;
        builder.bathroomsTotalInteger = bathroomsTotalInteger;
        builder.livingArea = livingArea;
        builder.lotSizeArea = lotSizeArea;
        builder.yearBuilt = yearBuilt;
        builder.streetNumber = streetNumber;
        builder.streetName = streetName;
        builder.streetSuffix = streetSuffix;
        builder.unitNumber = unitNumber;
        builder.unparsedAddress = unparsedAddress;
        builder.city = city;
        builder.stateOrProvince = stateOrProvince;
        builder.postalCode = postalCode;
        builder.countyOrParish = countyOrParish;
        builder.latitude = latitude;
        builder.longitude = longitude;
        builder.publicRemarks = publicRemarks;
        builder.listAgentKey = listAgentKey;
        builder.listAgentFullName = listAgentFullName;
        builder.listOfficeKey = listOfficeKey;
        builder.listOfficeName = listOfficeName;
        builder.internetEntireListingDisplayYN = internetEntireListingDisplayYN;
        builder.photosCount = photosCount;
        return builder;
    }

    /** Rounded to the column's scale; refused when it has more integer digits than the column holds. */
    private static BigDecimal scaled(String field, BigDecimal value, int precision, int scale) {
        if (value == null) {
            return null;
        }
        BigDecimal scaled = value.setScale(scale, RoundingMode.HALF_UP);
        if (scaled.precision() - scaled.scale() > precision - scale) {
            throw new InvalidInputException(field, "is too large");
        }
        return scaled;
    }

    private static BigDecimal nonNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new InvalidInputException(field, "must not be negative");
        }
        return value;
    }

    private static void nonNegative(String field, Integer value) {
        if (value != null && value < 0) {
            throw new InvalidInputException(field, "must not be negative");
        }
    }

    private static BigDecimal within(String field, BigDecimal value, int limit) {
        if (value != null && value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            throw new InvalidInputException(field, "must be between -" + limit + " and " + limit);
        }
        return value;
    }

    /** Sets the fields one by one; unset fields are absent. */
    public static final class Builder {
        private String listingId;
        private String originatingSystemName;
        private StandardStatus standardStatus;
        private String propertyType;
        private String propertySubType;
        private BigDecimal listPrice;
        private BigDecimal originalListPrice;
        private BigDecimal closePrice;
        private LocalDate closeDate;
        private LocalDate listingContractDate;
        private Integer daysOnMarket;
        private Integer bedroomsTotal;
        private Integer bathroomsTotalInteger;
        private BigDecimal livingArea;
        private BigDecimal lotSizeArea;
        private Integer yearBuilt;
        private String streetNumber;
        private String streetName;
        private String streetSuffix;
        private String unitNumber;
        private String unparsedAddress;
        private String city;
        private String stateOrProvince;
        private String postalCode;
        private String countyOrParish;
        private BigDecimal latitude;
        private BigDecimal longitude;
        private String publicRemarks;
        private String listAgentKey;
        private String listAgentFullName;
        private String listOfficeKey;
        private String listOfficeName;
        private Boolean internetEntireListingDisplayYN;
        private Integer photosCount;

        private Builder() {
        }

        public Builder listingId(String listingId) {
            this.listingId = listingId;
            return this;
        }

        public Builder originatingSystemName(String originatingSystemName) {
            this.originatingSystemName = originatingSystemName;
            return this;
        }

        public Builder standardStatus(StandardStatus standardStatus) {
            this.standardStatus = standardStatus;
            return this;
        }

        public Builder propertyType(String propertyType) {
            this.propertyType = propertyType;
            return this;
        }

        public Builder propertySubType(String propertySubType) {
            this.propertySubType = propertySubType;
            return this;
        }

        public Builder listPrice(BigDecimal listPrice) {
            this.listPrice = listPrice;
            return this;
        }

        public Builder originalListPrice(BigDecimal originalListPrice) {
            this.originalListPrice = originalListPrice;
            return this;
        }

        public Builder closePrice(BigDecimal closePrice) {
            this.closePrice = closePrice;
            return this;
        }

        public Builder closeDate(LocalDate closeDate) {
            this.closeDate = closeDate;
            return this;
        }

        public Builder listingContractDate(LocalDate listingContractDate) {
            this.listingContractDate = listingContractDate;
            return this;
        }

        public Builder daysOnMarket(Integer daysOnMarket) {
            this.daysOnMarket = daysOnMarket;
            return this;
        }

        public Builder bedroomsTotal(Integer bedroomsTotal) {
            this.bedroomsTotal = bedroomsTotal;
            return this;
        }

        public Builder bathroomsTotalInteger(Integer bathroomsTotalInteger) {
            this.bathroomsTotalInteger = bathroomsTotalInteger;
            return this;
        }

        public Builder livingArea(BigDecimal livingArea) {
            this.livingArea = livingArea;
            return this;
        }

        public Builder lotSizeArea(BigDecimal lotSizeArea) {
            this.lotSizeArea = lotSizeArea;
            return this;
        }

        public Builder yearBuilt(Integer yearBuilt) {
            this.yearBuilt = yearBuilt;
            return this;
        }

        public Builder streetNumber(String streetNumber) {
            this.streetNumber = streetNumber;
            return this;
        }

        public Builder streetName(String streetName) {
            this.streetName = streetName;
            return this;
        }

        public Builder streetSuffix(String streetSuffix) {
            this.streetSuffix = streetSuffix;
            return this;
        }

        public Builder unitNumber(String unitNumber) {
            this.unitNumber = unitNumber;
            return this;
        }

        public Builder unparsedAddress(String unparsedAddress) {
            this.unparsedAddress = unparsedAddress;
            return this;
        }

        public Builder city(String city) {
            this.city = city;
            return this;
        }

        public Builder stateOrProvince(String stateOrProvince) {
            this.stateOrProvince = stateOrProvince;
            return this;
        }

        public Builder postalCode(String postalCode) {
            this.postalCode = postalCode;
            return this;
        }

        public Builder countyOrParish(String countyOrParish) {
            this.countyOrParish = countyOrParish;
            return this;
        }

        public Builder latitude(BigDecimal latitude) {
            this.latitude = latitude;
            return this;
        }

        public Builder longitude(BigDecimal longitude) {
            this.longitude = longitude;
            return this;
        }

        public Builder publicRemarks(String publicRemarks) {
            this.publicRemarks = publicRemarks;
            return this;
        }

        public Builder listAgentKey(String listAgentKey) {
            this.listAgentKey = listAgentKey;
            return this;
        }

        public Builder listAgentFullName(String listAgentFullName) {
            this.listAgentFullName = listAgentFullName;
            return this;
        }

        public Builder listOfficeKey(String listOfficeKey) {
            this.listOfficeKey = listOfficeKey;
            return this;
        }

        public Builder listOfficeName(String listOfficeName) {
            this.listOfficeName = listOfficeName;
            return this;
        }

        public Builder internetEntireListingDisplayYN(Boolean internetEntireListingDisplayYN) {
            this.internetEntireListingDisplayYN = internetEntireListingDisplayYN;
            return this;
        }

        public Builder photosCount(Integer photosCount) {
            this.photosCount = photosCount;
            return this;
        }

        public ListingFields build() {
            return new ListingFields(listingId, originatingSystemName, standardStatus, propertyType, propertySubType, listPrice, originalListPrice, closePrice, closeDate, listingContractDate, daysOnMarket, bedroomsTotal, bathroomsTotalInteger, livingArea, lotSizeArea, yearBuilt, streetNumber, streetName, streetSuffix, unitNumber, unparsedAddress, city, stateOrProvince, postalCode, countyOrParish, latitude, longitude, publicRemarks, listAgentKey, listAgentFullName, listOfficeKey, listOfficeName, internetEntireListingDisplayYN, photosCount);
        }
    }
}
