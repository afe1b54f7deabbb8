package org.realtycrm.property.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.property.entity.ListingFields;
import org.realtycrm.property.entity.StandardStatus;

/**
 * An off-MLS property as sent to create one, or (with {@code version}) to replace its fields. Field names are the
 * RESO Data Dictionary's, in camelCase; {@code standardStatus} is the DD display value ("Active Under Contract").
 */
@Schema(name = "PropertyInput", example = """
        {"standardStatus": "Coming Soon", "propertyType": "Residential", "listPrice": 625000, "bedroomsTotal": 3,
         "bathroomsTotalInteger": 2, "livingArea": 1850, "yearBuilt": 1962, "unparsedAddress": "412 Alder Lane",
         "city": "Austin", "stateOrProvince": "TX", "postalCode": "78704", "latitude": 30.2465, "longitude": -97.7731,
         "publicRemarks": "Pocket listing: owner wants a quiet sale before spring."}""")
public class PropertyRequest {

    @Size(max = ListingFields.LISTING_ID_LENGTH)
    public String listingId;

    @Schema(enumeration = {"Active", "Active Under Contract", "Canceled", "Closed", "Coming Soon", "Expired", "Hold",
            "Incomplete", "Pending", "Withdrawn"})
    public String standardStatus;

    @Size(max = ListingFields.PROPERTY_TYPE_LENGTH)
    public String propertyType;

    @Size(max = ListingFields.PROPERTY_SUB_TYPE_LENGTH)
    public String propertySubType;

    @DecimalMin("0")
    public BigDecimal listPrice;

    @DecimalMin("0")
    public BigDecimal originalListPrice;

    @DecimalMin("0")
    public BigDecimal closePrice;

    public LocalDate closeDate;

    public LocalDate listingContractDate;

    @Min(0)
    public Integer daysOnMarket;

    @Min(0)
    public Integer bedroomsTotal;

    @Min(0)
    public Integer bathroomsTotalInteger;

    @DecimalMin("0")
    public BigDecimal livingArea;

    @DecimalMin("0")
    public BigDecimal lotSizeArea;

    @Min(1000)
    @Max(3000)
    public Integer yearBuilt;

    @Size(max = ListingFields.STREET_NUMBER_LENGTH)
    public String streetNumber;

    @Size(max = ListingFields.STREET_NAME_LENGTH)
    public String streetName;

    @Size(max = ListingFields.STREET_SUFFIX_LENGTH)
    public String streetSuffix;

    @Size(max = ListingFields.UNIT_NUMBER_LENGTH)
    public String unitNumber;

    @Schema(description = "An address (this, or streetName) is required")
    @Size(max = ListingFields.UNPARSED_ADDRESS_LENGTH)
    public String unparsedAddress;

    @Size(max = ListingFields.CITY_LENGTH)
    public String city;

    @Size(max = ListingFields.STATE_OR_PROVINCE_LENGTH)
    public String stateOrProvince;

    @Size(max = ListingFields.POSTAL_CODE_LENGTH)
    public String postalCode;

    @Size(max = ListingFields.COUNTY_OR_PARISH_LENGTH)
    public String countyOrParish;

    @DecimalMin("-90")
    @DecimalMax("90")
    public BigDecimal latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    public BigDecimal longitude;

    @Size(max = ListingFields.PUBLIC_REMARKS_LENGTH)
    public String publicRemarks;

    @Schema(description = "Required on PUT: the version you read")
    public Long version;

    /** The fields as the entity takes them; a status must be a DD display value other than Delete. */
    ListingFields fields() {
        return ListingFields.builder()
                .listingId(listingId)
                .standardStatus(status(standardStatus))
                .propertyType(propertyType)
                .propertySubType(propertySubType)
                .listPrice(listPrice)
                .originalListPrice(originalListPrice)
                .closePrice(closePrice)
                .closeDate(closeDate)
                .listingContractDate(listingContractDate)
                .daysOnMarket(daysOnMarket)
                .bedroomsTotal(bedroomsTotal)
                .bathroomsTotalInteger(bathroomsTotalInteger)
                .livingArea(livingArea)
                .lotSizeArea(lotSizeArea)
                .yearBuilt(yearBuilt)
                .streetNumber(streetNumber)
                .streetName(streetName)
                .streetSuffix(streetSuffix)
                .unitNumber(unitNumber)
                .unparsedAddress(unparsedAddress)
                .city(city)
                .stateOrProvince(stateOrProvince)
                .postalCode(postalCode)
                .countyOrParish(countyOrParish)
                .latitude(latitude)
                .longitude(longitude)
                .publicRemarks(publicRemarks)
                .build();
    }

    private static StandardStatus status(String value) {
        if (value == null) {
            return null;
        }
        return StandardStatus.fromWire(value.strip()).filter(s -> s != StandardStatus.DELETE)
                .orElseThrow(() -> new InvalidInputException("standardStatus", "must be one of " + statuses()));
    }

    /** The DD display values a user may give, as the search's standardStatus parameter takes them too. */
    static String statuses() {
        return Arrays.stream(StandardStatus.values()).filter(s -> s != StandardStatus.DELETE)
                .map(StandardStatus::wireValue).collect(Collectors.joining(", "));
    }
}
