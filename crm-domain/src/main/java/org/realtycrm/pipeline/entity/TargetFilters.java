package org.realtycrm.pipeline.entity;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Who a campaign targets, as investors describe it: where (ZIPs, cities, counties, or within a radius of a point),
 * what (property types, value range), the owner's position (equity, years owned, absentee / out-of-state /
 * corporate) and distress (vacant, tax delinquent, pre-foreclosure). Every filter left empty lets every row through;
 * filters given must all hold. A row that does not say a value a filter needs (no equity figure for "equity ≥ 40%")
 * does not match: a campaign pays for every row it keeps.
 *
 * @param ownerTypes any one of them will do
 * @param vacant     {@code true}: only vacant; {@code false}: only occupied; {@code null}: either
 */
public record TargetFilters(Set<String> zips, Set<String> cities, Set<String> counties, Radius radius,
        Set<String> propertyTypes, BigDecimal minEquityPercent, BigDecimal maxEquityPercent, Set<OwnerType> ownerTypes,
        Boolean vacant, Boolean taxDelinquent, Boolean preForeclosure, Integer minYearsOwned, Integer maxYearsOwned,
        BigDecimal minValue, BigDecimal maxValue) {

    /** A circle on the map: rows inside it (they need coordinates). */
    public record Radius(BigDecimal latitude, BigDecimal longitude, BigDecimal miles) {
    }

    private static final Pattern ZIP5 = Pattern.compile("\\d{5}");
    private static final double EARTH_RADIUS_MILES = 3958.8;

    public static final TargetFilters NONE = new TargetFilters(Set.of(), Set.of(), Set.of(), null, Set.of(), null,
            null, Set.of(), null, null, null, null, null, null, null);

    public TargetFilters {
        zips = normal(zips, String::strip);
        cities = normal(cities, city -> city.strip().toLowerCase(Locale.ROOT));
        counties = normal(counties, TargetFilters::county);
        propertyTypes = normal(propertyTypes, type -> type.strip().toLowerCase(Locale.ROOT));
        ownerTypes = ownerTypes == null || ownerTypes.isEmpty() ? Set.of() : Set.copyOf(ownerTypes);
        List<FieldError> errors = new ArrayList<>();
        zips.stream().filter(zip -> !ZIP5.matcher(zip).matches()).findFirst()
                .ifPresent(zip -> errors.add(new FieldError("zips", "\"" + zip + "\" is not a five-digit ZIP")));
        if (radius != null) {
            if (radius.latitude() == null || radius.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0) {
                errors.add(new FieldError("radius.latitude", "must be between -90 and 90"));
            }
            if (radius.longitude() == null || radius.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0) {
                errors.add(new FieldError("radius.longitude", "must be between -180 and 180"));
            }
            if (radius.miles() == null || radius.miles().signum() <= 0
                    || radius.miles().compareTo(BigDecimal.valueOf(500)) > 0) {
                errors.add(new FieldError("radius.miles", "must be more than 0 and at most 500"));
            }
        }
        range(errors, "EquityPercent", minEquityPercent, maxEquityPercent);
        range(errors, "YearsOwned", minYearsOwned == null ? null : BigDecimal.valueOf(minYearsOwned),
                maxYearsOwned == null ? null : BigDecimal.valueOf(maxYearsOwned));
        range(errors, "Value", minValue, maxValue);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Set<String> normal(Set<String> values, Function<String, String> form) {
        if (values == null) {
            return Set.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        values.stream().filter(value -> value != null && !value.isBlank()).map(form).forEach(kept::add);
        return Set.copyOf(kept);
    }

    /** "Suffolk County" and "SUFFOLK" name one county. */
    private static String county(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(" county") ? lower.substring(0, lower.length() - " county".length()).strip() : lower;
    }

    private static void range(List<FieldError> errors, String name, BigDecimal min, BigDecimal max) {
        if (min != null && min.signum() < 0) {
            errors.add(new FieldError("min" + name, "must not be negative"));
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            errors.add(new FieldError("max" + name, "must not be less than min" + name));
        }
    }

    /** Whether the row is one the campaign targets. */
    public boolean matches(ListRow row, LocalDate today) {
        ListRow.Place property = row.property();
        return (zips.isEmpty() || property.zip() != null && zips.contains(property.zip().substring(0, 5)))
                && (cities.isEmpty() || property.city() != null
                        && cities.contains(property.city().toLowerCase(Locale.ROOT)))
                && (counties.isEmpty() || row.county() != null && counties.contains(county(row.county())))
                && (radius == null || within(row))
                && (propertyTypes.isEmpty() || row.propertyType() != null
                        && propertyTypes.stream().anyMatch(row.propertyType().toLowerCase(Locale.ROOT)::contains))
                && between(row.equityPercent(), minEquityPercent, maxEquityPercent)
                && between(row.estimatedValue(), minValue, maxValue)
                && yearsOwned(row.yearsOwnedOn(today))
                && (ownerTypes.isEmpty() || row.ownerTypes().stream().anyMatch(ownerTypes::contains))
                && flag(vacant, row.vacant()) && flag(taxDelinquent, row.taxDelinquent())
                && flag(preForeclosure, row.preForeclosure());
    }

    private boolean within(ListRow row) {
        if (row.latitude() == null || row.longitude() == null) {
            return false;
        }
        double lat1 = Math.toRadians(radius.latitude().doubleValue());
        double lat2 = Math.toRadians(row.latitude().doubleValue());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(row.longitude().doubleValue() - radius.longitude().doubleValue());
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        double miles = 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(a)));
        return miles <= radius.miles().doubleValue();
    }

    private static boolean between(BigDecimal value, BigDecimal min, BigDecimal max) {
        if (min == null && max == null) {
            return true;
        }
        return value != null && (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }

    private boolean yearsOwned(Integer years) {
        return between(years == null ? null : BigDecimal.valueOf(years),
                minYearsOwned == null ? null : BigDecimal.valueOf(minYearsOwned),
                maxYearsOwned == null ? null : BigDecimal.valueOf(maxYearsOwned));
    }

    private static boolean flag(Boolean wanted, Boolean value) {
        return wanted == null || wanted.equals(value);
    }

    /** The stored form (pipeline_criteria.filters). */
    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        strings(json, "zips", zips);
        strings(json, "cities", cities);
        strings(json, "counties", counties);
        if (radius != null) {
            json.add("radius", Json.createObjectBuilder().add("latitude", radius.latitude())
                    .add("longitude", radius.longitude()).add("miles", radius.miles()));
        }
        strings(json, "propertyTypes", propertyTypes);
        number(json, "minEquityPercent", minEquityPercent);
        number(json, "maxEquityPercent", maxEquityPercent);
        strings(json, "ownerTypes", ownerTypes.stream().map(Enum::name).sorted().toList());
        bool(json, "vacant", vacant);
        bool(json, "taxDelinquent", taxDelinquent);
        bool(json, "preForeclosure", preForeclosure);
        number(json, "minYearsOwned", minYearsOwned == null ? null : BigDecimal.valueOf(minYearsOwned));
        number(json, "maxYearsOwned", maxYearsOwned == null ? null : BigDecimal.valueOf(maxYearsOwned));
        number(json, "minValue", minValue);
        number(json, "maxValue", maxValue);
        return json.build().toString();
    }

    public static TargetFilters fromJson(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            JsonObject circle = json.containsKey("radius") ? json.getJsonObject("radius") : null;
            Set<OwnerType> owners = EnumSet.noneOf(OwnerType.class);
            strings(json, "ownerTypes").forEach(type -> owners.add(OwnerType.valueOf(type)));
            return new TargetFilters(strings(json, "zips"), strings(json, "cities"), strings(json, "counties"),
                    circle == null ? null : new Radius(decimal(circle, "latitude"), decimal(circle, "longitude"),
                            decimal(circle, "miles")),
                    strings(json, "propertyTypes"), decimal(json, "minEquityPercent"),
                    decimal(json, "maxEquityPercent"), owners, bool(json, "vacant"), bool(json, "taxDelinquent"),
                    bool(json, "preForeclosure"), integer(json, "minYearsOwned"), integer(json, "maxYearsOwned"),
                    decimal(json, "minValue"), decimal(json, "maxValue"));
        }
    }

    private static void strings(JsonObjectBuilder json, String name, java.util.Collection<String> values) {
        if (!values.isEmpty()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            values.stream().sorted().forEach(array::add);
            json.add(name, array);
        }
    }

    private static void number(JsonObjectBuilder json, String name, BigDecimal value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static void bool(JsonObjectBuilder json, String name, Boolean value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static Set<String> strings(JsonObject json, String name) {
        if (!json.containsKey(name)) {
            return Set.of();
        }
        Set<String> values = new LinkedHashSet<>();
        json.getJsonArray(name).forEach(value -> values.add(((JsonString) value).getString()));
        return values;
    }

    private static BigDecimal decimal(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonNumber number ? number.bigDecimalValue() : null;
    }

    private static Integer integer(JsonObject json, String name) {
        BigDecimal value = decimal(json, name);
        return value == null ? null : value.intValue();
    }

    private static Boolean bool(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value == JsonValue.TRUE ? Boolean.TRUE : value == JsonValue.FALSE ? Boolean.FALSE : null;
    }
}
