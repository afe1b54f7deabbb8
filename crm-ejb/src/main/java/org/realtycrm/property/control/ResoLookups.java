package org.realtycrm.property.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The RESO Lookup resource (Data Dictionary 2.0, "lookup resource" flavour): every value each lookup field of the
 * served resources holds, one row per (LookupName, LookupValue). Made from the served data when asked, so it never
 * names a value no served record has, and never misses one. {@code LegacyODataValue} is the value as an OData enum
 * member name would spell it (letters and digits only), for clients that once read enumerations.
 */
final class ResoLookups {

    /**
     * Lookups whose values we know to be the DD's own: StandardLookupValue repeats the value for those. A feed's
     * PropertyType or City may be the MLS's own word, so theirs stays null.
     */
    private static final List<String> STANDARD = List.of("StandardStatus", "MediaCategory", "MediaType",
            "ResourceName");

    /** The multi-valued lookups served from the payload: DD field name and the DD name of its lookup. */
    private static final List<String[]> COLLECTIONS = List.of(new String[] {"Appliances", "Appliances"},
            new String[] {"Cooling", "Cooling"}, new String[] {"Heating", "Heating"},
            new String[] {"InteriorFeatures", "InteriorOrRoomFeatures"},
            new String[] {"ExteriorFeatures", "ExteriorFeatures"}, new String[] {"ParkingFeatures", "ParkingFeatures"},
            new String[] {"PoolFeatures", "PoolFeatures"}, new String[] {"Flooring", "Flooring"});

    private static final String LISTING_LOOKUPS = List.of(
                    "StandardStatus:standard_status", "PropertyType:property_type", "PropertySubType:property_sub_type",
                    "StreetSuffix:street_suffix", "City:city", "StateOrProvince:state_or_province",
                    "CountyOrParish:county_or_parish").stream()
            .map(pair -> pair.split(":"))
            .map(pair -> "select '" + pair[0] + "'::text as lookup_name, " + pair[1] + "::text as lookup_value,"
                    + " max(modification_timestamp) as modification_timestamp from site_listings where " + pair[1]
                    + " is not null group by " + pair[1])
            .collect(Collectors.joining(" union all "));

    private static final String COLLECTION_LOOKUPS = COLLECTIONS.stream()
            .map(field -> "select '" + field[1] + "', v.value, max(p.modification_timestamp)"
                    + " from site_listings s join properties p on p.id = s.id"
                    + " cross join lateral jsonb_array_elements_text(" + payloadValues(field[0]) + ") v(value)"
                    + " group by v.value")
            .collect(Collectors.joining(" union all "));

    private static final String MEDIA_LOOKUPS =
            "select 'MediaCategory', coalesce(m.category, 'Photo'), max(m.updated_at)"
                    + " from site_listing_photos sp join property_media m on m.id = sp.id group by 2"
                    + " union all select 'MediaType', case m.content_type when 'image/png' then 'png' else 'jpeg' end,"
                    + " max(m.updated_at) from site_listing_photos sp join property_media m on m.id = sp.id group by 2"
                    + " union all select 'ResourceName', 'Property', max(modification_timestamp) from site_listings"
                    + " having count(*) > 0";

    static final String SOURCE = "(select md5(v.lookup_name || ':' || v.lookup_value) as lookup_key, v.lookup_name,"
            + " v.lookup_value,"
            + " case when v.lookup_name in (" + STANDARD.stream().map(name -> "'" + name + "'")
                    .collect(Collectors.joining(", ")) + ") then v.lookup_value end as standard_lookup_value,"
            + " regexp_replace(v.lookup_value, '[^A-Za-z0-9]', '', 'g') as legacy_odata_value,"
            + " v.modification_timestamp"
            + " from (" + LISTING_LOOKUPS + " union all " + COLLECTION_LOOKUPS + " union all " + MEDIA_LOOKUPS
            + ") v) lk";

    private ResoLookups() {
    }

    /**
     * A multi-valued lookup of a listing's payload (the feed's whole record, alias {@code p}) as a jsonb array of
     * strings, in the feed's order: a RESO 2.0 feed sends a JSON array, an older one (1.7's flags enumerations) a
     * comma-separated string; nulls and blanks inside are dropped, and absent or anything else is empty.
     */
    static String payloadValues(String field) {
        String value = "p.payload->'" + field + "'";
        return "(select coalesce(jsonb_agg(btrim(v.e) order by v.part, v.n), '[]'::jsonb) from ("
                + "select 1 as part, a.e, a.n from jsonb_array_elements_text(case jsonb_typeof(" + value
                + ") when 'array' then " + value + " else '[]'::jsonb end) with ordinality a(e, n)"
                + " union all select 2, b.e, b.n from regexp_split_to_table(case jsonb_typeof(" + value
                + ") when 'string' then p.payload->>'" + field + "' end, ',') with ordinality b(e, n)"
                + ") v where btrim(v.e) <> '')";
    }
}
