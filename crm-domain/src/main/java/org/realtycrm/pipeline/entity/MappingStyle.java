package org.realtycrm.pipeline.entity;

import static org.realtycrm.pipeline.entity.ListField.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Whose export a mapping follows. Each aggregator names its columns its own way; a new mapping of a style starts
 * from that style's headers (below, as the aggregators' exports print them), and an administrator corrects what a
 * particular file says differently. CUSTOM starts empty.
 */
public enum MappingStyle {
    PROPSTREAM(Map.ofEntries(
            Map.entry(OWNER_FIRST_NAME, "Owner 1 First Name"),
            Map.entry(OWNER_LAST_NAME, "Owner 1 Last Name"),
            Map.entry(MAILING_STREET, "Mailing Address"),
            Map.entry(MAILING_CITY, "Mailing City"),
            Map.entry(MAILING_STATE, "Mailing State"),
            Map.entry(MAILING_ZIP, "Mailing Zip"),
            Map.entry(PROPERTY_STREET, "Address"),
            Map.entry(PROPERTY_UNIT, "Unit #"),
            Map.entry(PROPERTY_CITY, "City"),
            Map.entry(PROPERTY_STATE, "State"),
            Map.entry(PROPERTY_ZIP, "Zip"),
            Map.entry(COUNTY, "County"),
            Map.entry(APN, "APN"),
            Map.entry(PROPERTY_TYPE, "Property Type"),
            Map.entry(BEDROOMS, "Bedrooms"),
            Map.entry(BATHROOMS, "Total Bathrooms"),
            Map.entry(LIVING_AREA, "Building Sqft"),
            Map.entry(LOT_SIZE, "Lot Size Sqft"),
            Map.entry(YEAR_BUILT, "Effective Year Built"),
            Map.entry(ESTIMATED_VALUE, "Est. Value"),
            Map.entry(EQUITY_PERCENT, "Est. Equity %"),
            Map.entry(LAST_SALE_DATE, "Last Sale Recording Date"),
            Map.entry(LAST_SALE_PRICE, "Last Sale Amount"),
            Map.entry(OWNER_OCCUPIED, "Owner Occupied"),
            Map.entry(VACANT, "Vacant"),
            Map.entry(TAX_DELINQUENT, "Tax Delinquent"),
            Map.entry(PRE_FORECLOSURE, "Pre-Foreclosure"))),
    BATCHLEADS(Map.ofEntries(
            Map.entry(OWNER_FIRST_NAME, "First Name"),
            Map.entry(OWNER_LAST_NAME, "Last Name"),
            Map.entry(MAILING_STREET, "Mailing Address"),
            Map.entry(MAILING_CITY, "Mailing City"),
            Map.entry(MAILING_STATE, "Mailing State"),
            Map.entry(MAILING_ZIP, "Mailing Zip"),
            Map.entry(PROPERTY_STREET, "Property Address"),
            Map.entry(PROPERTY_CITY, "Property City"),
            Map.entry(PROPERTY_STATE, "Property State"),
            Map.entry(PROPERTY_ZIP, "Property Zip"),
            Map.entry(COUNTY, "County"),
            Map.entry(APN, "APN"),
            Map.entry(PROPERTY_TYPE, "Property Type"),
            Map.entry(BEDROOMS, "Bedrooms"),
            Map.entry(BATHROOMS, "Bathrooms"),
            Map.entry(LIVING_AREA, "Square Feet"),
            Map.entry(LOT_SIZE, "Lot Size"),
            Map.entry(YEAR_BUILT, "Year Built"),
            Map.entry(ESTIMATED_VALUE, "Estimated Value"),
            Map.entry(EQUITY_PERCENT, "Equity Percent"),
            Map.entry(LAST_SALE_DATE, "Last Sale Date"),
            Map.entry(LAST_SALE_PRICE, "Last Sale Price"),
            Map.entry(OWNER_OCCUPIED, "Owner Occupied"),
            Map.entry(VACANT, "Vacant"),
            Map.entry(TAX_DELINQUENT, "Tax Delinquent"),
            Map.entry(PRE_FORECLOSURE, "Pre-Foreclosure"))),
    LISTSOURCE(Map.ofEntries(
            Map.entry(OWNER_FIRST_NAME, "FIRST NAME"),
            Map.entry(OWNER_LAST_NAME, "LAST NAME"),
            Map.entry(OWNER_NAME, "OWNER NAME"),
            Map.entry(MAILING_STREET, "MAIL ADDRESS"),
            Map.entry(MAILING_CITY, "MAIL CITY"),
            Map.entry(MAILING_STATE, "MAIL STATE"),
            Map.entry(MAILING_ZIP, "MAIL ZIP"),
            Map.entry(PROPERTY_STREET, "SITE ADDRESS"),
            Map.entry(PROPERTY_UNIT, "SITE UNIT"),
            Map.entry(PROPERTY_CITY, "SITE CITY"),
            Map.entry(PROPERTY_STATE, "SITE STATE"),
            Map.entry(PROPERTY_ZIP, "SITE ZIP"),
            Map.entry(COUNTY, "COUNTY"),
            Map.entry(APN, "APN"),
            Map.entry(PROPERTY_TYPE, "LAND USE"),
            Map.entry(BEDROOMS, "BEDROOMS"),
            Map.entry(BATHROOMS, "BATHROOMS"),
            Map.entry(LIVING_AREA, "BUILDING SQFT"),
            Map.entry(LOT_SIZE, "LOT SQFT"),
            Map.entry(YEAR_BUILT, "YEAR BUILT"),
            Map.entry(ESTIMATED_VALUE, "MARKET VALUE"),
            Map.entry(EQUITY_PERCENT, "EQUITY %"),
            Map.entry(LAST_SALE_DATE, "SALE DATE"),
            Map.entry(LAST_SALE_PRICE, "SALE PRICE"),
            Map.entry(OWNER_OCCUPIED, "OWNER OCCUPIED"),
            Map.entry(LATITUDE, "LATITUDE"),
            Map.entry(LONGITUDE, "LONGITUDE"))),
    CUSTOM(Map.of());

    private final Map<ListField, String> headers;

    MappingStyle(Map<ListField, String> headers) {
        this.headers = Collections.unmodifiableMap(headers.isEmpty() ? new EnumMap<>(ListField.class)
                : new EnumMap<>(headers));
    }

    /** The column each field has in this aggregator's exports. */
    public Map<ListField, String> headers() {
        return headers;
    }
}
