package org.realtycrm.portal.rest;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.portal.entity.SearchCriteria;

/** A saved search's criteria, named as the website's search form names them. */
@Schema(name = "SearchCriteria")
public class CriteriaJson {

    @Schema(description = "words in the address or description")
    public String q;
    public String city;
    public String zip;
    public Long minPrice;
    public Long maxPrice;
    @Schema(description = "at least this many bedrooms")
    public Integer beds;
    @Schema(description = "at least this many bathrooms")
    public Integer baths;
    @Schema(description = "the RESO PropertyType, e.g. Residential")
    public String type;

    static CriteriaJson of(SearchCriteria criteria) {
        CriteriaJson json = new CriteriaJson();
        json.q = criteria.getText();
        json.city = criteria.getCity();
        json.zip = criteria.getPostalCode();
        json.minPrice = whole(criteria.getMinPrice());
        json.maxPrice = whole(criteria.getMaxPrice());
        json.beds = criteria.getMinBeds();
        json.baths = criteria.getMinBaths();
        json.type = criteria.getPropertyType();
        return json;
    }

    SearchCriteria toCriteria() {
        return SearchCriteria.of(q, city, zip, minPrice, maxPrice, beds, baths, type);
    }

    private static Long whole(BigDecimal amount) {
        return amount == null ? null : amount.longValue();
    }
}
