package org.realtycrm.property.ui;

import java.io.Serializable;
import java.math.BigDecimal;

import org.realtycrm.lead.ui.Brokerage;
import org.realtycrm.property.entity.Property;

/**
 * One listing of the search list and one marker of its map, formatted for the screen. A class with getters: EL 5
 * does not read record components.
 */
public final class ListingRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String address;
    private final String price;
    private final Integer beds;
    private final Integer baths;
    private final String status;
    private final String propertyType;
    private final String thumbnail;
    private final BigDecimal latitude;
    private final BigDecimal longitude;
    private final String updated;

    private ListingRow(Property property, Long coverPhotoId, Brokerage brokerage) {
        this.id = property.getId();
        this.address = property.displayAddress();
        this.price = ListingFormat.money(property.getListPrice());
        this.beds = property.getBedroomsTotal();
        this.baths = property.getBathroomsTotalInteger();
        this.status = ListingFormat.status(property.getStandardStatus());
        this.propertyType = property.getPropertyType();
        this.thumbnail = coverPhotoId == null ? null : ListingFormat.thumbnailPath(coverPhotoId);
        this.latitude = property.getLatitude();
        this.longitude = property.getLongitude();
        this.updated = brokerage.format(property.getModificationTimestamp());
    }

    static ListingRow of(Property property, Long coverPhotoId, Brokerage brokerage) {
        return new ListingRow(property, coverPhotoId, brokerage);
    }

    public long getId() {
        return id;
    }

    public String getAddress() {
        return address;
    }

    public String getPrice() {
        return price;
    }

    public Integer getBeds() {
        return beds;
    }

    public Integer getBaths() {
        return baths;
    }

    public String getStatus() {
        return status;
    }

    public String getPropertyType() {
        return propertyType;
    }

    /** The cover photo's thumbnail path under the application, or null. */
    public String getThumbnail() {
        return thumbnail;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public boolean isOnMap() {
        return latitude != null && longitude != null;
    }

    public String getUpdated() {
        return updated;
    }
}
