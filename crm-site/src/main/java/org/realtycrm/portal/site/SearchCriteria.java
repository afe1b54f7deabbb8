package org.realtycrm.portal.site;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.realtycrm.property.site.ListingFilter;

/**
 * What a saved search looks for: the {@code /homes} search's own filters (text, city, ZIP, prices, rooms, type),
 * read by the search's own rules ({@link ListingFilter}), so that a saved search finds what its page found. The
 * status, the order and the page are not part of it: alerts are about homes coming on the market.
 */
public record SearchCriteria(String q, String city, String zip, Long minPrice, Long maxPrice, Integer beds,
        Integer baths, String type) {

    private static final int MAX_DESCRIPTION = 100;

    public static SearchCriteria from(ListingFilter filter) {
        return new SearchCriteria(filter.text(), filter.city(), filter.postalCode(), filter.minPrice(),
                filter.maxPrice(), filter.beds(), filter.baths(), filter.type());
    }

    /** The {@code criteria} object of a saved search as the core answers it. */
    static SearchCriteria from(JsonObject json) {
        Long beds = PortalJson.whole(json, "beds");
        Long baths = PortalJson.whole(json, "baths");
        return new SearchCriteria(PortalJson.text(json, "q"), PortalJson.text(json, "city"),
                PortalJson.text(json, "zip"), PortalJson.whole(json, "minPrice"), PortalJson.whole(json, "maxPrice"),
                beds == null ? null : Math.toIntExact(beds), baths == null ? null : Math.toIntExact(baths),
                PortalJson.text(json, "type"));
    }

    /** As the core takes it: every field, null where the search has none. */
    JsonObjectBuilder json() {
        JsonObjectBuilder json = PortalJson.BUILDERS.createObjectBuilder();
        parametersWithNulls().forEach((name, value) -> PortalJson.add(json, name, value));
        return json;
    }

    /** The search's query parameters that have a value, in the search form's order ({@code city → Austin}). */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parametersWithNulls().forEach((name, value) -> {
            if (value != null) {
                parameters.put(name, value.toString());
            }
        });
        return parameters;
    }

    private Map<String, Object> parametersWithNulls() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("city", city);
        parameters.put("zip", zip);
        parameters.put("minPrice", minPrice);
        parameters.put("maxPrice", maxPrice);
        parameters.put("beds", beds);
        parameters.put("baths", baths);
        parameters.put("type", type);
        return parameters;
    }

    /** The search on the website: {@code /homes?city=Austin&beds=3}. */
    public String homesPath() {
        Map<String, String> parameters = parameters();
        return "/homes" + ListingFilter.from(parameters::get).queryFor(1);
    }

    /** Its name when the client gives none: "3+ beds in Austin under $500,000". */
    public String description() {
        StringBuilder text = new StringBuilder(subject());
        if (q != null) {
            text.append(" matching \"").append(q).append('"');
        }
        if (city != null || zip != null) {
            text.append(" in ").append(city == null ? zip : zip == null ? city : city + " " + zip);
        }
        if (minPrice != null && maxPrice != null) {
            text.append(" from ").append(money(minPrice)).append(" to ").append(money(maxPrice));
        } else if (minPrice != null) {
            text.append(" from ").append(money(minPrice));
        } else if (maxPrice != null) {
            text.append(" under ").append(money(maxPrice));
        }
        String description = text.toString();
        return description.length() > MAX_DESCRIPTION ? description.substring(0, MAX_DESCRIPTION - 1).strip() + "…"
                : description;
    }

    /** "3+ beds, 2+ baths", "Condominium with 3+ beds", "Land", "Homes"; "All homes for sale" when nothing is set. */
    private String subject() {
        String rooms = beds == null ? null : beds + "+ " + (beds == 1 ? "bed" : "beds");
        if (baths != null) {
            String bathRooms = baths + "+ " + (baths == 1 ? "bath" : "baths");
            rooms = rooms == null ? bathRooms : rooms + ", " + bathRooms;
        }
        if (type != null) {
            return rooms == null ? type : type + " with " + rooms;
        }
        if (rooms != null) {
            return rooms;
        }
        return parameters().isEmpty() ? "All homes for sale" : "Homes";
    }

    private static String money(long amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }
}
