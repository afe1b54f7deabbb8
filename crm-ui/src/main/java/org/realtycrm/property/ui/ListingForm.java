package org.realtycrm.property.ui;

import java.io.Serializable;
import java.math.BigDecimal;

import org.realtycrm.property.entity.ListingFields;
import org.realtycrm.property.entity.Property;
import org.realtycrm.property.entity.StandardStatus;

/**
 * The fields of an off-MLS property an agent edits, as the form holds them between requests. The input ids are the
 * RESO names the boundary's field errors use. On an edit, the fields the form does not show are kept as stored.
 */
public final class ListingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String unparsedAddress;
    private String city;
    private String stateOrProvince;
    private String postalCode;
    private StandardStatus standardStatus = StandardStatus.COMING_SOON;
    private String propertyType = "Residential";
    private BigDecimal listPrice;
    private Integer bedroomsTotal;
    private Integer bathroomsTotalInteger;
    private BigDecimal livingArea;
    private BigDecimal lotSizeArea;
    private Integer yearBuilt;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String publicRemarks;

    static ListingForm of(Property property) {
        ListingForm form = new ListingForm();
        form.unparsedAddress = property.getUnparsedAddress();
        form.city = property.getCity();
        form.stateOrProvince = property.getStateOrProvince();
        form.postalCode = property.getPostalCode();
        form.standardStatus = property.getStandardStatus();
        form.propertyType = property.getPropertyType();
        form.listPrice = property.getListPrice();
        form.bedroomsTotal = property.getBedroomsTotal();
        form.bathroomsTotalInteger = property.getBathroomsTotalInteger();
        form.livingArea = property.getLivingArea();
        form.lotSizeArea = property.getLotSizeArea();
        form.yearBuilt = property.getYearBuilt();
        form.latitude = property.getLatitude();
        form.longitude = property.getLongitude();
        form.publicRemarks = property.getPublicRemarks();
        return form;
    }

    /**
     * @param stored the property's fields as stored, or null for a new property
     * @throws org.realtycrm.platform.problem.InvalidInputException naming the field that is wrong
     */
    ListingFields fields(ListingFields stored) {
        ListingFields.Builder builder = stored == null ? ListingFields.builder() : stored.toBuilder();
        return builder.unparsedAddress(unparsedAddress).city(city).stateOrProvince(stateOrProvince)
                .postalCode(postalCode).standardStatus(standardStatus).propertyType(propertyType).listPrice(listPrice)
                .bedroomsTotal(bedroomsTotal).bathroomsTotalInteger(bathroomsTotalInteger).livingArea(livingArea)
                .lotSizeArea(lotSizeArea).yearBuilt(yearBuilt).latitude(latitude).longitude(longitude)
                .publicRemarks(publicRemarks).build();
    }

    public String getUnparsedAddress() {
        return unparsedAddress;
    }

    public void setUnparsedAddress(String unparsedAddress) {
        this.unparsedAddress = unparsedAddress;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getStateOrProvince() {
        return stateOrProvince;
    }

    public void setStateOrProvince(String stateOrProvince) {
        this.stateOrProvince = stateOrProvince;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public StandardStatus getStandardStatus() {
        return standardStatus;
    }

    public void setStandardStatus(StandardStatus standardStatus) {
        this.standardStatus = standardStatus;
    }

    public String getPropertyType() {
        return propertyType;
    }

    public void setPropertyType(String propertyType) {
        this.propertyType = propertyType;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    public void setListPrice(BigDecimal listPrice) {
        this.listPrice = listPrice;
    }

    public Integer getBedroomsTotal() {
        return bedroomsTotal;
    }

    public void setBedroomsTotal(Integer bedroomsTotal) {
        this.bedroomsTotal = bedroomsTotal;
    }

    public Integer getBathroomsTotalInteger() {
        return bathroomsTotalInteger;
    }

    public void setBathroomsTotalInteger(Integer bathroomsTotalInteger) {
        this.bathroomsTotalInteger = bathroomsTotalInteger;
    }

    public BigDecimal getLivingArea() {
        return livingArea;
    }

    public void setLivingArea(BigDecimal livingArea) {
        this.livingArea = livingArea;
    }

    public BigDecimal getLotSizeArea() {
        return lotSizeArea;
    }

    public void setLotSizeArea(BigDecimal lotSizeArea) {
        this.lotSizeArea = lotSizeArea;
    }

    public Integer getYearBuilt() {
        return yearBuilt;
    }

    public void setYearBuilt(Integer yearBuilt) {
        this.yearBuilt = yearBuilt;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public String getPublicRemarks() {
        return publicRemarks;
    }

    public void setPublicRemarks(String publicRemarks) {
        this.publicRemarks = publicRemarks;
    }
}
