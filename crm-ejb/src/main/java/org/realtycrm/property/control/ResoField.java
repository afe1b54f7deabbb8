package org.realtycrm.property.control;

/**
 * One Data Dictionary field of a resource our RESO Web API serves: its DD name and type (as the DD 2.0 metadata
 * declares them) and the SQL expression that reads it.
 *
 * @param name       the DD name, as clients write it in $select, $filter and $orderby
 * @param type       its OData type
 * @param sql        an SQL expression over the resource's query that yields it (a column, a cast, a sub-select)
 * @param maxLength  for strings, the DD length; else null
 * @param precision  for decimals, the DD precision; else null
 * @param scale      for decimals, the DD scale; else null
 * @param lookupName for a DD lookup field, the name of its lookup (StandardStatus, PropertyType…); else null
 * @param collection whether it holds many values ({@code Collection(Edm.String)}, a multi-valued lookup such as
 *                   Appliances): then {@code sql} yields a jsonb array of strings, never null
 */
public record ResoField(String name, EdmType type, String sql, Integer maxLength, Integer precision, Integer scale,
        String lookupName, boolean collection) {

    public ResoField(String name, EdmType type, String sql, Integer maxLength, Integer precision, Integer scale,
            String lookupName) {
        this(name, type, sql, maxLength, precision, scale, lookupName, false);
    }

    /** A multi-valued lookup: {@code sql} yields a jsonb array of strings. */
    public static ResoField lookups(String name, String sql, int maxLength, String lookupName) {
        return new ResoField(name, EdmType.STRING, sql, maxLength, null, null, lookupName, true);
    }

    public static ResoField string(String name, String sql, int maxLength) {
        return new ResoField(name, EdmType.STRING, sql, maxLength, null, null, null);
    }

    public static ResoField lookup(String name, String sql, int maxLength, String lookupName) {
        return new ResoField(name, EdmType.STRING, sql, maxLength, null, null, lookupName);
    }

    public static ResoField decimal(String name, String sql, int precision, int scale) {
        return new ResoField(name, EdmType.DECIMAL, sql, null, precision, scale, null);
    }

    public static ResoField of(String name, EdmType type, String sql) {
        return new ResoField(name, type, sql, null, null, null, null);
    }
}
