package org.realtycrm.portal.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** A search the client saved, and how often its new homes are emailed to them. */
public record SavedSearch(long id, String name, SearchCriteria criteria, Frequency frequency, Instant createdAt) {

    /** {@code {id, name, criteria: {...}, frequency, createdAt}}; the core names every search (by default in words). */
    static SavedSearch from(JsonObject json) {
        String frequency = PortalJson.requiredText(json, "frequency");
        return new SavedSearch(PortalJson.requiredWhole(json, "id"), PortalJson.requiredText(json, "name"),
                SearchCriteria.from(json.getJsonObject("criteria")),
                Frequency.of(frequency).orElseThrow(() -> new IllegalArgumentException("frequency " + frequency)),
                PortalJson.instant(json, "createdAt"));
    }

    /** {@code GET /portal/saved-searches}: {@code {"items": [...]}}. */
    static List<SavedSearch> listFrom(JsonObject json) {
        List<SavedSearch> searches = new ArrayList<>();
        for (JsonValue item : json.getJsonArray("items")) {
            searches.add(from(item.asJsonObject()));
        }
        return List.copyOf(searches);
    }

    public String description() {
        return criteria.description();
    }

    /** The search's results on the website. */
    public String homesPath() {
        return criteria.homesPath();
    }
}
