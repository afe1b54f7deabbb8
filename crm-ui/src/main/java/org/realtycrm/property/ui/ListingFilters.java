package org.realtycrm.property.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import org.realtycrm.property.entity.BoundingBox;
import org.realtycrm.property.entity.PropertyQuery;
import org.realtycrm.property.entity.PropertySort;
import org.realtycrm.property.entity.StandardStatus;

/**
 * The search form of the listings screen. One "city or ZIP" field: five digits (or ZIP+4) search the postal code,
 * anything else the city. The map's box, when the user asked to search the area, is kept as the four corners.
 */
public final class ListingFilters implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");

    private BigDecimal minPrice;
    private BigDecimal maxPrice;
    private Integer minBeds;
    private Integer minBaths;
    private String place;
    private List<StandardStatus> statuses = new ArrayList<>();
    private String propertyType;
    private String text;
    private Double south;
    private Double west;
    private Double north;
    private Double east;
    /** The order, as the API writes it (e.g. {@code -listPrice}); a sorted column of the table overrides it. */
    private String sort = "-modificationTimestamp";

    /** @throws org.realtycrm.platform.problem.InvalidInputException naming the fields that are wrong */
    PropertyQuery query(PropertySort tableSort) {
        String trimmed = place == null ? null : place.strip();
        boolean zip = trimmed != null && ZIP.matcher(trimmed).matches();
        return PropertyQuery.builder()
                .price(minPrice, maxPrice)
                .minBeds(minBeds)
                .minBaths(minBaths)
                .city(zip ? null : trimmed)
                .postalCode(zip ? trimmed : null)
                .statuses(statuses.isEmpty() ? null : EnumSet.copyOf(statuses))
                .propertyType(propertyType)
                .text(text)
                .box(BoundingBox.of(south, west, north, east))
                .sort(tableSort != null ? tableSort : PropertySort.parse(sort))
                .build();
    }

    ListingFilters copy() {
        ListingFilters copy = new ListingFilters();
        copy.minPrice = minPrice;
        copy.maxPrice = maxPrice;
        copy.minBeds = minBeds;
        copy.minBaths = minBaths;
        copy.place = place;
        copy.statuses = new ArrayList<>(statuses);
        copy.propertyType = propertyType;
        copy.text = text;
        copy.south = south;
        copy.west = west;
        copy.north = north;
        copy.east = east;
        copy.sort = sort;
        return copy;
    }

    void clearArea() {
        south = null;
        west = null;
        north = null;
        east = null;
    }

    public boolean isInArea() {
        return south != null;
    }

    public BigDecimal getMinPrice() {
        return minPrice;
    }

    public void setMinPrice(BigDecimal minPrice) {
        this.minPrice = minPrice;
    }

    public BigDecimal getMaxPrice() {
        return maxPrice;
    }

    public void setMaxPrice(BigDecimal maxPrice) {
        this.maxPrice = maxPrice;
    }

    public Integer getMinBeds() {
        return minBeds;
    }

    public void setMinBeds(Integer minBeds) {
        this.minBeds = minBeds;
    }

    public Integer getMinBaths() {
        return minBaths;
    }

    public void setMinBaths(Integer minBaths) {
        this.minBaths = minBaths;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public List<StandardStatus> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<StandardStatus> statuses) {
        this.statuses = statuses == null ? new ArrayList<>() : new ArrayList<>(statuses);
    }

    public String getPropertyType() {
        return propertyType;
    }

    public void setPropertyType(String propertyType) {
        this.propertyType = propertyType;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public Double getSouth() {
        return south;
    }

    public void setSouth(Double south) {
        this.south = south;
    }

    public Double getWest() {
        return west;
    }

    public void setWest(Double west) {
        this.west = west;
    }

    public Double getNorth() {
        return north;
    }

    public void setNorth(Double north) {
        this.north = north;
    }

    public Double getEast() {
        return east;
    }

    public void setEast(Double east) {
        this.east = east;
    }
}
