package org.realtycrm.pipeline.entity;

import java.util.Locale;

/**
 * The fields the pipeline understands in a purchased list, whatever an aggregator calls its columns. A
 * {@link ColumnMapping} names the column carrying each; a list needs the owner and the property's address (or its
 * parcel number), the rest feeds the criteria and the property's record.
 */
public enum ListField {
    OWNER_FIRST_NAME("Owner first name"),
    OWNER_LAST_NAME("Owner last name"),
    /** The owner's whole name as one text: a person ("Jane Q Doe") or a company ("Maple Holdings LLC"). */
    OWNER_NAME("Owner name"),
    MAILING_STREET("Mailing address"),
    MAILING_CITY("Mailing city"),
    MAILING_STATE("Mailing state"),
    MAILING_ZIP("Mailing ZIP"),
    PROPERTY_STREET("Property address"),
    PROPERTY_UNIT("Property unit"),
    PROPERTY_CITY("Property city"),
    PROPERTY_STATE("Property state"),
    PROPERTY_ZIP("Property ZIP"),
    COUNTY("County"),
    /** The assessor's parcel number (APN): within its county, the property's identity. */
    APN("APN"),
    PROPERTY_TYPE("Property type"),
    BEDROOMS("Bedrooms"),
    BATHROOMS("Bathrooms"),
    LIVING_AREA("Living area (sq ft)"),
    LOT_SIZE("Lot size (sq ft)"),
    YEAR_BUILT("Year built"),
    ESTIMATED_VALUE("Estimated value"),
    EQUITY_PERCENT("Equity %"),
    LAST_SALE_DATE("Last sale date"),
    LAST_SALE_PRICE("Last sale price"),
    YEARS_OWNED("Years owned"),
    OWNER_OCCUPIED("Owner occupied"),
    VACANT("Vacant"),
    TAX_DELINQUENT("Tax delinquent"),
    PRE_FORECLOSURE("Pre-foreclosure"),
    LATITUDE("Latitude"),
    LONGITUDE("Longitude");

    private final String label;

    ListField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The name the API and the saved mappings use: {@code ownerFirstName}. */
    public String key() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
        }
        return key.toString();
    }

    /** @return the field of that {@link #key()}, or {@code null} */
    public static ListField byKey(String key) {
        for (ListField field : values()) {
            if (field.key().equals(key)) {
                return field;
            }
        }
        return null;
    }
}
