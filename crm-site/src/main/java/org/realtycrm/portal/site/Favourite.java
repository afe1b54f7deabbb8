package org.realtycrm.portal.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** A home the client saved: the listing's id and when. */
public record Favourite(long listingId, Instant savedAt) {

    /** {@code GET /portal/favourites}: {@code {"items": [{listingId, savedAt}]}}. */
    static List<Favourite> listFrom(JsonObject json) {
        List<Favourite> favourites = new ArrayList<>();
        for (JsonValue item : json.getJsonArray("items")) {
            JsonObject favourite = item.asJsonObject();
            favourites.add(new Favourite(PortalJson.requiredWhole(favourite, "listingId"),
                    PortalJson.instant(favourite, "savedAt")));
        }
        return List.copyOf(favourites);
    }
}
