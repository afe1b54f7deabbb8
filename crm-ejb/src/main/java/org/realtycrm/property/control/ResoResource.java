package org.realtycrm.property.control;

import static org.realtycrm.property.control.ResoField.decimal;
import static org.realtycrm.property.control.ResoField.lookup;
import static org.realtycrm.property.control.ResoField.lookups;
import static org.realtycrm.property.control.ResoField.of;
import static org.realtycrm.property.control.ResoField.string;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources our RESO Web API serves, each as a query over our tables with its fields under their Data
 * Dictionary 2.0 names and types. What it serves is what the brokerage's website shows and no more: the listings of
 * the view {@code site_listings} (the IDX display rule, stated once, in SQL), their public photos
 * ({@code site_listing_photos}), and the members and offices that list them.
 *
 * <p>Keys are ours: {@code ListingKey} is our listing's id, since two MLS feeds may use the same key (DD: "a unique
 * identifier for this record from the immediate source"); the MLS's own key is {@code OriginatingSystemKey}.
 */
public enum ResoResource {

    PROPERTY("Property", "ListingKey", "p.id",
            "site_listings s join properties p on p.id = s.id"
                    // left joins on a unique key the query reads nothing from are removed by the planner
                    + " left join mls_members lm on lm.feed_id = p.feed_id and lm.member_key = p.list_agent_key"
                    + " left join mls_offices lo on lo.feed_id = p.feed_id and lo.office_key = p.list_office_key",
            List.of(
                    string("ListingKey", "p.id::text", 255),
                    string("ListingId", "p.listing_id", 255),
                    string("OriginatingSystemKey", "p.listing_key", 255),
                    string("OriginatingSystemName", "s.feed_name", 255),
                    lookup("StandardStatus", "p.standard_status", 25, "StandardStatus"),
                    lookup("PropertyType", "p.property_type", 50, "PropertyType"),
                    lookup("PropertySubType", "p.property_sub_type", 50, "PropertySubType"),
                    decimal("ListPrice", "p.list_price", 14, 2),
                    decimal("OriginalListPrice", "p.original_list_price", 14, 2),
                    decimal("ClosePrice", "p.close_price", 14, 2),
                    of("CloseDate", EdmType.DATE, "p.close_date"),
                    of("ListingContractDate", EdmType.DATE, "p.listing_contract_date"),
                    of("DaysOnMarket", EdmType.INT64, "p.days_on_market"),
                    of("BedroomsTotal", EdmType.INT64, "p.bedrooms_total"),
                    of("BathroomsTotalInteger", EdmType.INT64, "p.bathrooms_total_integer"),
                    decimal("LivingArea", "p.living_area", 14, 2),
                    decimal("LotSizeArea", "p.lot_size_area", 16, 4),
                    of("YearBuilt", EdmType.INT64, "p.year_built"),
                    string("UnparsedAddress", "p.unparsed_address", 255),
                    string("StreetNumber", "p.street_number", 25),
                    string("StreetName", "p.street_name", 50),
                    lookup("StreetSuffix", "p.street_suffix", 25, "StreetSuffix"),
                    string("UnitNumber", "p.unit_number", 25),
                    lookup("City", "p.city", 50, "City"),
                    lookup("StateOrProvince", "p.state_or_province", 2, "StateOrProvince"),
                    string("PostalCode", "p.postal_code", 10),
                    lookup("CountyOrParish", "p.county_or_parish", 50, "CountyOrParish"),
                    decimal("Latitude", "p.latitude", 12, 8),
                    decimal("Longitude", "p.longitude", 12, 8),
                    string("PublicRemarks", "p.public_remarks", 4000),
                    string("ListAgentKey", "lm.id::text", 255),
                    string("ListAgentFullName", "p.list_agent_full_name", 150),
                    string("ListAgentMlsId", "lm.member_mls_id", 25),
                    string("ListOfficeKey", "lo.id::text", 255),
                    string("ListOfficeName", "p.list_office_name", 255),
                    string("ListOfficeMlsId", "lo.office_mls_id", 25),
                    of("InternetEntireListingDisplayYN", EdmType.BOOLEAN,
                            "coalesce(p.internet_entire_listing_display_yn, true)"),
                    of("ModificationTimestamp", EdmType.DATE_TIME_OFFSET, "p.modification_timestamp"),
                    of("PhotosChangeTimestamp", EdmType.DATE_TIME_OFFSET, "p.photos_change_timestamp"),
                    of("PhotosCount", EdmType.INT64, "p.photos_count"),
                    // multi-valued lookups: kept as the feed sent them, in the listing's payload
                    fromPayload("Appliances", "Appliances"),
                    fromPayload("Cooling", "Cooling"),
                    fromPayload("Heating", "Heating"),
                    fromPayload("InteriorFeatures", "InteriorOrRoomFeatures"),
                    fromPayload("ExteriorFeatures", "ExteriorFeatures"),
                    fromPayload("ParkingFeatures", "ParkingFeatures"),
                    fromPayload("PoolFeatures", "PoolFeatures"),
                    fromPayload("Flooring", "Flooring"))),

    MEDIA("Media", "MediaKey", "m.id",
            "site_listing_photos sp join property_media m on m.id = sp.id",
            List.of(
                    string("MediaKey", "m.id::text", 255),
                    string("OriginatingSystemMediaKey", "m.media_key", 255),
                    lookup("ResourceName", "'Property'::text", 50, "ResourceName"),
                    string("ResourceRecordKey", "m.property_id::text", 255),
                    // the address of our copy (never the MLS's: no hot-linking), made absolute where it is written
                    string("MediaURL", "'/api/v1/public/photos/' || m.id || '?v=' || sp.version", 8000),
                    of("Order", EdmType.INT64, "m.media_order"),
                    lookup("MediaCategory", "coalesce(m.category, 'Photo')", 50, "MediaCategory"),
                    lookup("MediaType", "case m.content_type when 'image/png' then 'png' else 'jpeg' end", 50,
                            "MediaType"),
                    of("MediaModificationTimestamp", EdmType.DATE_TIME_OFFSET,
                            "coalesce(m.media_modification_ts, m.updated_at)"),
                    of("ModificationTimestamp", EdmType.DATE_TIME_OFFSET, "m.updated_at"))),

    MEMBER("Member", "MemberKey", "mm.id",
            "mls_members mm join mls_feeds f on f.id = mm.feed_id"
                    // the member's office only where the Office resource serves it, so that no key dangles
                    + " left join mls_offices mo on mo.feed_id = mm.feed_id and mo.office_key = mm.office_key"
                    + " and " + listsAServedListing("mo", "office_key", "list_office_key"),
            List.of(
                    string("MemberKey", "mm.id::text", 255),
                    string("MemberMlsId", "mm.member_mls_id", 25),
                    string("OriginatingSystemMemberKey", "mm.member_key", 255),
                    string("OriginatingSystemName", "f.name", 255),
                    string("MemberFullName", "mm.full_name", 150),
                    string("MemberFirstName", "mm.first_name", 50),
                    string("MemberLastName", "mm.last_name", 50),
                    string("OfficeKey", "mo.id::text", 255),
                    string("OfficeMlsId", "mo.office_mls_id", 25),
                    string("OfficeName", "mo.name", 255),
                    of("ModificationTimestamp", EdmType.DATE_TIME_OFFSET, "mm.modification_timestamp"))),

    OFFICE("Office", "OfficeKey", "mo.id",
            "mls_offices mo join mls_feeds f on f.id = mo.feed_id",
            List.of(
                    string("OfficeKey", "mo.id::text", 255),
                    string("OfficeMlsId", "mo.office_mls_id", 25),
                    string("OriginatingSystemOfficeKey", "mo.office_key", 255),
                    string("OriginatingSystemName", "f.name", 255),
                    string("OfficeName", "mo.name", 255),
                    of("ModificationTimestamp", EdmType.DATE_TIME_OFFSET, "mo.modification_timestamp"))),

    LOOKUP("Lookup", "LookupKey", "lk.lookup_key", null, // its rows are made of the others': ResoLookups
            List.of(
                    of("LookupKey", EdmType.STRING, "lk.lookup_key"),
                    of("LookupName", EdmType.STRING, "lk.lookup_name"),
                    of("LookupValue", EdmType.STRING, "lk.lookup_value"),
                    of("StandardLookupValue", EdmType.STRING, "lk.standard_lookup_value"),
                    of("LegacyODataValue", EdmType.STRING, "lk.legacy_odata_value"),
                    of("ModificationTimestamp", EdmType.DATE_TIME_OFFSET, "lk.modification_timestamp")));

    private final String name;
    private final String keyField;
    private final String idSql;
    private final String from;
    private final Map<String, ResoField> fields = new LinkedHashMap<>();

    ResoResource(String name, String keyField, String idSql, String from, List<ResoField> fields) {
        this.name = name;
        this.keyField = keyField;
        this.idSql = idSql;
        this.from = from;
        fields.forEach(field -> this.fields.put(field.name(), field));
    }

    /** The entity set's name, as clients write it in the URL. */
    public String entitySet() {
        return name;
    }

    public ResoField key() {
        return fields.get(keyField);
    }

    /** The SQL expression of the row's own id: the last order of every query, so that pages never overlap. */
    String idSql() {
        return idSql;
    }

    String from() {
        return this == LOOKUP ? ResoLookups.source() : from;
    }

    /**
     * Only the members and offices that list a listing we serve, and of them only what the website shows of a
     * listing's agent and office ("Listing courtesy of…"): their names and MLS ids, not their contact data, which
     * the MLS gives its participants and is not ours to hand on.
     */
    String where() {
        return switch (this) {
            case MEMBER -> listsAServedListing("mm", "member_key", "list_agent_key");
            case OFFICE -> listsAServedListing("mo", "office_key", "list_office_key");
            default -> "true";
        };
    }

    /** Whether a served listing names this roster record (alias, its key column) as its agent or office. */
    private static String listsAServedListing(String alias, String keyColumn, String listingColumn) {
        return "exists (select 1 from site_listings ls join properties lp on lp.id = ls.id"
                + " where lp.feed_id = " + alias + ".feed_id and lp." + listingColumn + " = " + alias + "." + keyColumn
                + ")";
    }

    public List<ResoField> fields() {
        return List.copyOf(fields.values());
    }

    public Optional<ResoField> field(String fieldName) {
        return Optional.ofNullable(fields.get(fieldName));
    }

    /** The navigation properties $expand may follow from this resource. */
    public Map<String, ResoResource> expansions() {
        return this == PROPERTY ? Map.of("Media", MEDIA) : Map.of();
    }

    /** For an expanded child: the SQL of the parent's id it belongs to. */
    String parentIdSql() {
        return this == MEDIA ? "m.property_id" : null;
    }

    /** A multi-valued lookup kept in the listing's payload, as the feed sent it. */
    private static ResoField fromPayload(String name, String lookupName) {
        return lookups(name, ResoLookups.payloadValues(name), 1024, lookupName);
    }

    public static Optional<ResoResource> byEntitySet(String entitySet) {
        for (ResoResource resource : values()) {
            if (resource.name.equals(entitySet)) {
                return Optional.of(resource);
            }
        }
        return Optional.empty();
    }
}
