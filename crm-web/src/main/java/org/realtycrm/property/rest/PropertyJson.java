package org.realtycrm.property.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.mls.entity.ListedBy;
import org.realtycrm.property.boundary.LinkedLead;
import org.realtycrm.property.boundary.PropertyDetail;
import org.realtycrm.property.entity.PriceStatusChange;
import org.realtycrm.property.entity.Property;
import org.realtycrm.property.entity.PropertyMedia;

/**
 * A property with its RESO Data Dictionary fields in camelCase. Who lists it ({@code listAgent…}, {@code listOffice…})
 * comes from the feed's Member and Office records where it sent them, else from the listing itself
 * ({@link ListedBy}). {@code history}, {@code media} and {@code leads} are given by {@code GET /properties/{id}} (and
 * create and update), and are null in lists.
 */
@Schema(name = "Property")
public record PropertyJson(long id, String source, boolean editable, Long createdBy, String listingKey,
        String listingId, String originatingSystemName, String standardStatus, String propertyType,
        String propertySubType, BigDecimal listPrice, BigDecimal originalListPrice, BigDecimal closePrice,
        LocalDate closeDate, LocalDate listingContractDate, Integer daysOnMarket, Integer bedroomsTotal,
        Integer bathroomsTotalInteger, BigDecimal livingArea, BigDecimal lotSizeArea, Integer yearBuilt,
        String streetNumber, String streetName, String streetSuffix, String unitNumber, String unparsedAddress,
        String city, String stateOrProvince, String postalCode, String countyOrParish, BigDecimal latitude,
        BigDecimal longitude, String publicRemarks, String listAgentKey,
        @Schema(description = "MemberFullName of the feed's Member record for listAgentKey; without one, the "
                + "listing's own ListAgentFullName") String listAgentFullName,
        @Schema(description = "MemberEmail of that Member record") String listAgentEmail,
        @Schema(description = "Of that Member record: MemberPreferredPhone, else the first of MemberDirectPhone, "
                + "MemberMobilePhone, MemberOfficePhone") String listAgentPreferredPhone,
        String listOfficeKey,
        @Schema(description = "OfficeName of the feed's Office record for listOfficeKey; without one, the listing's "
                + "own ListOfficeName") String listOfficeName,
        @Schema(description = "OfficePhone of that Office record") String listOfficePhone,
        @Schema(description = "OfficeEmail of that Office record") String listOfficeEmail,
        Integer photosCount, Instant modificationTimestamp, Instant createdAt, Instant updatedAt, long version,
        @Schema(description = "Price and status changes, newest first; null in lists") List<HistoryJson> history,
        @Schema(description = "Photos in their order; null in lists") List<MediaJson> media,
        @Schema(description = "Linked leads the caller may see; null in lists") List<LinkedLeadJson> leads) {

    @Schema(name = "PropertyHistory", description = "field LIST_PRICE (oldPrice, newPrice) or STANDARD_STATUS "
            + "(oldStatus, newStatus); modificationTimestamp is the feed version that carried it, null for an edit")
    public record HistoryJson(long id, Instant changedAt, String field, BigDecimal oldPrice, BigDecimal newPrice,
            String oldStatus, String newStatus, Instant modificationTimestamp) {

        static HistoryJson of(PriceStatusChange change) {
            return new HistoryJson(change.getId(), change.getChangedAt(), change.getField().name(),
                    change.getOldPrice(), change.getNewPrice(),
                    change.getOldStatus() == null ? null : change.getOldStatus().wireValue(),
                    change.getNewStatus() == null ? null : change.getNewStatus().wireValue(),
                    change.getModificationTimestamp());
        }
    }

    @Schema(name = "PropertyMedia", description = "stored is true once our own copy exists")
    public record MediaJson(long id, String mediaKey, int order, String category, boolean stored) {

        static MediaJson of(PropertyMedia media) {
            return new MediaJson(media.getId(), media.getMediaKey(), media.getOrder(), media.getCategory(),
                    !media.needsFetch());
        }
    }

    @Schema(name = "LinkedLead")
    public record LinkedLeadJson(long leadId, String name, String relation, Instant linkedAt) {

        static LinkedLeadJson of(LinkedLead link) {
            Lead lead = link.lead();
            return new LinkedLeadJson(lead.getId(), lead.fullName(), link.relation().name(), link.linkedAt());
        }
    }

    /** The property and who lists it, as lists show it. */
    public static PropertyJson of(Property p, ListedBy listedBy) {
        return of(p, listedBy, null, null, null);
    }

    public static PropertyJson of(PropertyDetail detail) {
        return of(detail.property(), detail.listedBy(), detail.history().stream().map(HistoryJson::of).toList(),
                detail.media().stream().map(MediaJson::of).toList(),
                detail.leads().stream().map(LinkedLeadJson::of).toList());
    }

    private static PropertyJson of(Property p, ListedBy by, List<HistoryJson> history, List<MediaJson> media,
            List<LinkedLeadJson> leads) {
        return new PropertyJson(p.getId(), p.getSource().name(), p.isEditable(), p.getCreatedById(),
                p.getListingKey(), p.getListingId(), p.getOriginatingSystemName(),
                p.getStandardStatus() == null ? null : p.getStandardStatus().wireValue(), p.getPropertyType(),
                p.getPropertySubType(), p.getListPrice(), p.getOriginalListPrice(), p.getClosePrice(),
                p.getCloseDate(), p.getListingContractDate(), p.getDaysOnMarket(), p.getBedroomsTotal(),
                p.getBathroomsTotalInteger(), p.getLivingArea(), p.getLotSizeArea(), p.getYearBuilt(),
                p.getStreetNumber(), p.getStreetName(), p.getStreetSuffix(), p.getUnitNumber(),
                p.getUnparsedAddress(), p.getCity(), p.getStateOrProvince(), p.getPostalCode(),
                p.getCountyOrParish(), p.getLatitude(), p.getLongitude(), p.getPublicRemarks(), p.getListAgentKey(),
                by.agentFullName(), by.agentEmail(), by.agentPhone(), p.getListOfficeKey(), by.officeName(),
                by.officePhone(), by.officeEmail(), p.getPhotosCount(), p.getModificationTimestamp(),
                p.getCreatedAt(), p.getUpdatedAt(), p.getVersion(), history, media, leads);
    }
}
