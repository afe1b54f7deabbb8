package org.realtycrm.property.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.realtycrm.platform.entity.Tracked;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RuleViolationException;

/**
 * A property: an MLS listing as its feed last sent it (RESO Data Dictionary 2.0 fields, plus the whole payload), or an
 * off-MLS property an agent keeps (a pocket listing, an investor's target, a lead's own home). The property keeps its
 * rules: an MLS listing changes only through a newer version from its feed, never by a user; an off-MLS property
 * only by a user; and every change of ListPrice or StandardStatus comes back as a {@link PriceStatusChange}.
 */
@Entity
@Table(name = "properties")
// written whole (not @DynamicUpdate, which Hibernate does not batch): the search's change counter moves by the
// values of the filtered columns (V18), not by the columns an update names
public class Property extends Tracked {

    /**
     * From the column's own sequence, 50 at a time (V12 steps it by 50): a feed's page inserts thousands of rows, and
     * only ids known before the insert let Hibernate send them in batches.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "properties_id")
    @SequenceGenerator(name = "properties_id", sequenceName = "properties_id_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private PropertySource source;

    /** The feed an MLS listing comes from; null off-MLS. */
    @Column(name = "feed_id", updatable = false)
    private Long feedId;

    /** The DD ListingKey, unique per feed; null off-MLS. */
    @Column(name = "listing_key", updatable = false, length = MlsListing.LISTING_KEY_LENGTH)
    private String listingKey;

    @Column(name = "listing_id", length = ListingFields.LISTING_ID_LENGTH)
    private String listingId;

    @Column(name = "originating_system_name", length = ListingFields.ORIGINATING_SYSTEM_NAME_LENGTH)
    private String originatingSystemName;

    @Convert(converter = StandardStatusConverter.class)
    @Column(name = "standard_status", length = StandardStatus.MAX_LENGTH)
    private StandardStatus standardStatus;

    @Column(name = "property_type", length = ListingFields.PROPERTY_TYPE_LENGTH)
    private String propertyType;

    @Column(name = "property_sub_type", length = ListingFields.PROPERTY_SUB_TYPE_LENGTH)
    private String propertySubType;

    @Column(name = "list_price", precision = 14, scale = 2)
    private BigDecimal listPrice;

    @Column(name = "original_list_price", precision = 14, scale = 2)
    private BigDecimal originalListPrice;

    @Column(name = "close_price", precision = 14, scale = 2)
    private BigDecimal closePrice;

    @Column(name = "close_date")
    private LocalDate closeDate;

    @Column(name = "listing_contract_date")
    private LocalDate listingContractDate;

    @Column(name = "days_on_market")
    private Integer daysOnMarket;

    @Column(name = "bedrooms_total")
    private Integer bedroomsTotal;

    @Column(name = "bathrooms_total_integer")
    private Integer bathroomsTotalInteger;

    @Column(name = "living_area", precision = 14, scale = 2)
    private BigDecimal livingArea;

    @Column(name = "lot_size_area", precision = 16, scale = 4)
    private BigDecimal lotSizeArea;

    @Column(name = "year_built")
    private Integer yearBuilt;

    @Column(name = "street_number", length = ListingFields.STREET_NUMBER_LENGTH)
    private String streetNumber;

    @Column(name = "street_name", length = ListingFields.STREET_NAME_LENGTH)
    private String streetName;

    @Column(name = "street_suffix", length = ListingFields.STREET_SUFFIX_LENGTH)
    private String streetSuffix;

    @Column(name = "unit_number", length = ListingFields.UNIT_NUMBER_LENGTH)
    private String unitNumber;

    @Column(name = "unparsed_address", length = ListingFields.UNPARSED_ADDRESS_LENGTH)
    private String unparsedAddress;

    @Column(name = "city", length = ListingFields.CITY_LENGTH)
    private String city;

    @Column(name = "state_or_province", length = ListingFields.STATE_OR_PROVINCE_LENGTH)
    private String stateOrProvince;

    @Column(name = "postal_code", length = ListingFields.POSTAL_CODE_LENGTH)
    private String postalCode;

    @Column(name = "county_or_parish", length = ListingFields.COUNTY_OR_PARISH_LENGTH)
    private String countyOrParish;

    @Column(name = "latitude", precision = 12, scale = 8)
    private BigDecimal latitude;

    @Column(name = "longitude", precision = 12, scale = 8)
    private BigDecimal longitude;

    @Column(name = "public_remarks", length = ListingFields.PUBLIC_REMARKS_LENGTH)
    private String publicRemarks;

    @Column(name = "list_agent_key", length = ListingFields.LIST_AGENT_KEY_LENGTH)
    private String listAgentKey;

    @Column(name = "list_agent_full_name", length = ListingFields.LIST_AGENT_FULL_NAME_LENGTH)
    private String listAgentFullName;

    @Column(name = "list_office_key", length = ListingFields.LIST_OFFICE_KEY_LENGTH)
    private String listOfficeKey;

    @Column(name = "list_office_name", length = ListingFields.LIST_OFFICE_NAME_LENGTH)
    private String listOfficeName;

    @Column(name = "internet_entire_listing_display_yn")
    private Boolean internetEntireListingDisplayYN;

    @Column(name = "photos_count")
    private Integer photosCount;

    /** The DD ModificationTimestamp of the version held; for an off-MLS property, its last edit. */
    @Column(name = "modification_timestamp")
    private Instant modificationTimestamp;

    @Column(name = "photos_change_timestamp")
    private Instant photosChangeTimestamp;

    /** Whether the photos must be fetched again: set when PhotosChangeTimestamp moves, cleared by the media sync. */
    @Column(name = "photos_changed", nullable = false)
    private boolean photosChanged;

    /**
     * When the photo pass last took this listing's photos in hand; null since its photos last changed. The pass takes
     * listings least recently tried first, so listings whose photos keep failing wait behind the others instead of
     * taking every pass's share.
     */
    @Column(name = "photos_tried_at")
    private Instant photosTriedAt;

    /** The feed's whole record as JSON; null off-MLS. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String payload;

    /** The agent who entered an off-MLS property; null for MLS listings. */
    @Column(name = "created_by_id", updatable = false)
    private Long createdById;

    protected Property() {
        // for JPA
    }

    /** A listing a feed sent for the first time; its history starts with its first price and status. */
    public static PropertyUpdate listedOnMls(long feedId, MlsListing listing) {
        Objects.requireNonNull(listing, "listing");
        Property property = new Property();
        property.source = PropertySource.MLS;
        property.feedId = feedId;
        property.listingKey = listing.listingKey();
        property.photosChanged = listing.photosChangeTimestamp() != null
                || (listing.fields().photosCount() != null && listing.fields().photosCount() > 0);
        List<PriceStatusChange> history = property.take(listing.fields(), listing.modificationTimestamp());
        property.modificationTimestamp = listing.modificationTimestamp();
        property.photosChangeTimestamp = listing.photosChangeTimestamp();
        property.payload = listing.payload();
        return new PropertyUpdate(property, UpdateOutcome.APPLIED, history);
    }

    /** A property an agent enters by hand; its history starts with its price and status, when given. */
    public static PropertyUpdate offMls(ListingFields fields, long createdById) {
        Property property = new Property();
        property.source = PropertySource.OFF_MLS;
        property.createdById = createdById;
        List<PriceStatusChange> history = property.takeOffMls(fields);
        return new PropertyUpdate(property, UpdateOutcome.APPLIED, history);
    }

    /**
     * Takes a newer version of this listing from its feed. A version older than the one held is refused
     * ({@link UpdateOutcome#STALE}), the same version mapping to the values held is ignored
     * ({@link UpdateOutcome#ALREADY_CURRENT}); both leave the property as it was. The payload is replaced whole; the photos are marked for fetching when the
     * listing's PhotosChangeTimestamp moved forward.
     */
    public PropertyUpdate applyMlsUpdate(MlsListing listing) {
        Objects.requireNonNull(listing, "listing");
        if (source != PropertySource.MLS) {
            throw new RuleViolationException("property " + id + " is off-MLS: a feed cannot update it");
        }
        if (!listingKey.equals(listing.listingKey())) {
            throw new RuleViolationException("listing " + listing.listingKey() + " is not property " + id
                    + " (ListingKey " + listingKey + ")");
        }
        int order = listing.modificationTimestamp().compareTo(modificationTimestamp);
        if (order < 0) {
            return new PropertyUpdate(this, UpdateOutcome.STALE, List.of());
        }
        if (order == 0 && listing.fields().equals(toFields())) {
            return new PropertyUpdate(this, UpdateOutcome.ALREADY_CURRENT, List.of());
        }
        // The same version that maps to other values is taken too: read again after an administrator corrected the
        // feed's field mapping (a reload), or withdrawn by reconciliation (keeping its version) and sent again, so
        // not gone after all. Whatever a later read of one version says is what the MLS says now.
        List<PriceStatusChange> history = take(listing.fields(), listing.modificationTimestamp());
        Instant photos = listing.photosChangeTimestamp();
        if (photos != null && (photosChangeTimestamp == null || photos.isAfter(photosChangeTimestamp))) {
            photosChanged = true;
            photosTriedAt = null; // new photos: to the front of the queue
        }
        if (photos != null) {
            photosChangeTimestamp = photos;
        }
        modificationTimestamp = listing.modificationTimestamp();
        payload = listing.payload();
        return new PropertyUpdate(this, UpdateOutcome.APPLIED, history);
    }

    /**
     * The feed withdrew this listing: a record with StandardStatus 'Delete' or a provider's flag (then
     * {@code deletedAt} is that record's ModificationTimestamp), or reconciliation found its key gone from the feed (then
     * null: whatever version is held is the last). The row stays, with its history, photos and leads, at status
     * Delete, which no search shows; a newer version from the feed brings it back.
     */
    public PropertyUpdate withdrawnByFeed(Instant deletedAt) {
        if (source != PropertySource.MLS) {
            throw new RuleViolationException("property " + id + " is off-MLS: a feed cannot withdraw it");
        }
        Instant modificationTimestamp = Timestamps.asStored(deletedAt);
        if (modificationTimestamp != null && modificationTimestamp.isBefore(this.modificationTimestamp)) {
            return new PropertyUpdate(this, UpdateOutcome.STALE, List.of());
        }
        if (standardStatus == StandardStatus.DELETE) {
            return new PropertyUpdate(this, UpdateOutcome.ALREADY_CURRENT, List.of());
        }
        List<PriceStatusChange> history = List.of(
                PriceStatusChange.status(this, standardStatus, StandardStatus.DELETE, modificationTimestamp));
        standardStatus = StandardStatus.DELETE;
        if (modificationTimestamp != null) {
            this.modificationTimestamp = modificationTimestamp;
        }
        return new PropertyUpdate(this, UpdateOutcome.APPLIED, history);
    }

    /** Whether the feed has withdrawn it (StandardStatus Delete): kept, never shown in a search. */
    public boolean isWithdrawn() {
        return standardStatus == StandardStatus.DELETE;
    }

    /** An agent's edit of an off-MLS property; an MLS listing's fields are the feed's and cannot be edited. */
    public PropertyUpdate editOffMls(ListingFields fields) {
        if (source != PropertySource.OFF_MLS) {
            throw new RuleViolationException("property " + id + " comes from an MLS feed: its fields cannot be edited");
        }
        return new PropertyUpdate(this, UpdateOutcome.APPLIED, takeOffMls(fields));
    }

    /** The photo pass takes this listing's photos in hand now: it goes to the back of the queue. */
    public void photosTried(Instant at) {
        photosTriedAt = Objects.requireNonNull(at, "at");
    }

    public Instant getPhotosTriedAt() {
        return photosTriedAt;
    }

    /**
     * The media sync fetched the photos as of {@code photosChangeTimestampFetched}; the flag stays set if they have
     * changed again since.
     */
    public void photosFetched(Instant photosChangeTimestampFetched) {
        if (Objects.equals(photosChangeTimestampFetched, photosChangeTimestamp)) {
            photosChanged = false;
        }
    }

    /** Whether users may edit its fields: only off-MLS properties; an MLS listing is read-only in the screens. */
    public boolean isEditable() {
        return source == PropertySource.OFF_MLS;
    }

    /** How people name the property: its address as one line (the street parts when there is none), with the city. */
    public String displayAddress() {
        String street = unparsedAddress != null ? unparsedAddress
                : Stream.of(streetNumber, streetName, streetSuffix, unitNumber).filter(Objects::nonNull)
                        .collect(Collectors.joining(" "));
        if (city == null || street.toLowerCase(Locale.ROOT).contains(city.toLowerCase(Locale.ROOT))) {
            return street.isEmpty() ? "property " + id : street;
        }
        return street.isEmpty() ? city : street + ", " + city;
    }

    private List<PriceStatusChange> takeOffMls(ListingFields fields) {
        Objects.requireNonNull(fields, "fields");
        if (fields.unparsedAddress() == null && fields.streetName() == null) {
            throw new InvalidInputException("unparsedAddress", "an off-MLS property needs an address");
        }
        List<PriceStatusChange> history = take(fields, null);
        modificationTimestamp = Instant.now();
        return history;
    }

    /** Takes every mapped field and returns the price and status changes it made. */
    private List<PriceStatusChange> take(ListingFields fields, Instant carriedBy) {
        Objects.requireNonNull(fields, "fields");
        List<PriceStatusChange> history = new ArrayList<>(2);
        if (!samePrice(listPrice, fields.listPrice())) {
            history.add(PriceStatusChange.price(this, listPrice, fields.listPrice(), carriedBy));
        }
        if (standardStatus != fields.standardStatus()) {
            history.add(PriceStatusChange.status(this, standardStatus, fields.standardStatus(), carriedBy));
        }
        this.listingId = fields.listingId();
        this.originatingSystemName = fields.originatingSystemName();
        this.standardStatus = fields.standardStatus();
        this.propertyType = fields.propertyType();
        this.propertySubType = fields.propertySubType();
        this.listPrice = fields.listPrice();
        this.originalListPrice = fields.originalListPrice();
        this.closePrice = fields.closePrice();
        this.closeDate = fields.closeDate();
        this.listingContractDate = fields.listingContractDate();
        this.daysOnMarket = fields.daysOnMarket();
        this.bedroomsTotal = fields.bedroomsTotal();
        this.bathroomsTotalInteger = fields.bathroomsTotalInteger();
        this.livingArea = fields.livingArea();
        this.lotSizeArea = fields.lotSizeArea();
        this.yearBuilt = fields.yearBuilt();
        this.streetNumber = fields.streetNumber();
        this.streetName = fields.streetName();
        this.streetSuffix = fields.streetSuffix();
        this.unitNumber = fields.unitNumber();
        this.unparsedAddress = fields.unparsedAddress();
        this.city = fields.city();
        this.stateOrProvince = fields.stateOrProvince();
        this.postalCode = fields.postalCode();
        this.countyOrParish = fields.countyOrParish();
        this.latitude = fields.latitude();
        this.longitude = fields.longitude();
        this.publicRemarks = fields.publicRemarks();
        this.listAgentKey = fields.listAgentKey();
        this.listAgentFullName = fields.listAgentFullName();
        this.listOfficeKey = fields.listOfficeKey();
        this.listOfficeName = fields.listOfficeName();
        this.internetEntireListingDisplayYN = fields.internetEntireListingDisplayYN();
        this.photosCount = fields.photosCount();
        return history;
    }

    private static boolean samePrice(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The mapped fields as they are now. */
    public ListingFields toFields() {
        return new ListingFields(listingId, originatingSystemName, standardStatus, propertyType, propertySubType, listPrice, originalListPrice, closePrice, closeDate, listingContractDate, daysOnMarket, bedroomsTotal, bathroomsTotalInteger, livingArea, lotSizeArea, yearBuilt, streetNumber, streetName, streetSuffix, unitNumber, unparsedAddress, city, stateOrProvince, postalCode, countyOrParish, latitude, longitude, publicRemarks, listAgentKey, listAgentFullName, listOfficeKey, listOfficeName, internetEntireListingDisplayYN, photosCount);
    }

    public Long getId() {
        return id;
    }

    public PropertySource getSource() {
        return source;
    }

    public Long getFeedId() {
        return feedId;
    }

    public String getListingKey() {
        return listingKey;
    }

    public Instant getModificationTimestamp() {
        return modificationTimestamp;
    }

    public Instant getPhotosChangeTimestamp() {
        return photosChangeTimestamp;
    }

    public boolean isPhotosChanged() {
        return photosChanged;
    }

    public String getPayload() {
        return payload;
    }

    public Long getCreatedById() {
        return createdById;
    }

    public String getListingId() {
        return listingId;
    }

    public String getOriginatingSystemName() {
        return originatingSystemName;
    }

    public StandardStatus getStandardStatus() {
        return standardStatus;
    }

    public String getPropertyType() {
        return propertyType;
    }

    public String getPropertySubType() {
        return propertySubType;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    public BigDecimal getOriginalListPrice() {
        return originalListPrice;
    }

    public BigDecimal getClosePrice() {
        return closePrice;
    }

    public LocalDate getCloseDate() {
        return closeDate;
    }

    public LocalDate getListingContractDate() {
        return listingContractDate;
    }

    public Integer getDaysOnMarket() {
        return daysOnMarket;
    }

    public Integer getBedroomsTotal() {
        return bedroomsTotal;
    }

    public Integer getBathroomsTotalInteger() {
        return bathroomsTotalInteger;
    }

    public BigDecimal getLivingArea() {
        return livingArea;
    }

    public BigDecimal getLotSizeArea() {
        return lotSizeArea;
    }

    public Integer getYearBuilt() {
        return yearBuilt;
    }

    public String getStreetNumber() {
        return streetNumber;
    }

    public String getStreetName() {
        return streetName;
    }

    public String getStreetSuffix() {
        return streetSuffix;
    }

    public String getUnitNumber() {
        return unitNumber;
    }

    public String getUnparsedAddress() {
        return unparsedAddress;
    }

    public String getCity() {
        return city;
    }

    public String getStateOrProvince() {
        return stateOrProvince;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCountyOrParish() {
        return countyOrParish;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public String getPublicRemarks() {
        return publicRemarks;
    }

    public String getListAgentKey() {
        return listAgentKey;
    }

    public String getListAgentFullName() {
        return listAgentFullName;
    }

    public String getListOfficeKey() {
        return listOfficeKey;
    }

    public String getListOfficeName() {
        return listOfficeName;
    }

    public Boolean getInternetEntireListingDisplayYN() {
        return internetEntireListingDisplayYN;
    }

    public Integer getPhotosCount() {
        return photosCount;
    }
}
