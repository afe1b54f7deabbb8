package org.realtycrm.property.control;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    /** Built at its first use, from the served resources' own fields (which exist by then): their one list. */
    private static final class Source {
        static final String SQL = "(select md5(v.lookup_name || ':' || v.lookup_value) as lookup_key, v.lookup_name,"
                + " v.lookup_value,"
                + " case when v.lookup_name in (" + STANDARD.stream().map(name -> "'" + name + "'")
                        .collect(Collectors.joining(", ")) + ") then v.lookup_value end as standard_lookup_value,"
                + " regexp_replace(v.lookup_value, '[^A-Za-z0-9]', '', 'g') as legacy_odata_value,"
                + " v.modification_timestamp"
                + " from (" + Stream.of(ResoResource.PROPERTY, ResoResource.MEDIA)
                        .flatMap(resource -> resource.fields().stream().filter(field -> field.lookupName() != null)
                                .map(field -> valuesOf(resource, field)))
                        .collect(Collectors.joining(" union all "))
                + ") v) lk";
    }

    private ResoLookups() {
    }

    /** The Lookup resource's rows, as a sub-select aliased {@code lk}. */
    static String source() {
        return Source.SQL;
    }

    /**
     * The distinct values one lookup field of a resource holds among the records it serves, each with when a
     * record holding it last changed; a multi-valued field's values one by one.
     */
    private static String valuesOf(ResoResource resource, ResoField field) {
        String changed = resource.field("ModificationTimestamp").orElseThrow().sql();
        String value = field.collection() ? "v.value" : field.sql() + "::text";
        String from = resource.from() + (field.collection()
                ? " cross join lateral jsonb_array_elements_text(" + field.sql() + ") v(value)" : "");
        return "select '" + field.lookupName() + "'::text as lookup_name, " + value + " as lookup_value, max("
                + changed + ") as modification_timestamp from " + from + " where " + resource.where() + " and "
                + value + " is not null group by 2";
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
