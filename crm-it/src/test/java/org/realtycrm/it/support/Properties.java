package org.realtycrm.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The properties API as one caller uses it, for the steps a test takes on the way to what it checks. */
public final class Properties {

    public static final String PROPERTIES = "/api/v1/properties";

    private final Api api;

    private Properties(Api api) {
        this.api = api;
    }

    public static Properties as(Api api) {
        return new Properties(api);
    }

    public static String path(long propertyId) {
        return PROPERTIES + "/" + propertyId;
    }

    public static String leadProperties(long leadId) {
        return Leads.path(leadId) + "/properties";
    }

    /** An off-MLS property's input: an address in a city of its own, Coming Soon at 625,000, 3 beds, 2 baths. */
    public static JsonObjectBuilder offMls() {
        return Json.createObjectBuilder()
                .add("unparsedAddress", "412 " + Unique.name() + " Lane")
                .add("city", Unique.name())
                .add("stateOrProvince", "TX")
                .add("postalCode", "78704")
                .add("standardStatus", "Coming Soon")
                .add("propertyType", "Residential")
                .add("listPrice", 625000)
                .add("bedroomsTotal", 3)
                .add("bathroomsTotalInteger", 2);
    }

    public JsonObject create() {
        return api.create(PROPERTIES, offMls().build());
    }

    /** {@code GET /properties} with these query parameters, in pairs. */
    public Response search(Object... query) {
        return api.get(PROPERTIES + (query.length == 0 ? "" : Query.of(query)));
    }

    public Response link(long leadId, long propertyId, String relation) {
        return api.post(leadProperties(leadId), Json.createObjectBuilder().add("propertyId", propertyId)
                .add("relation", relation).build());
    }

    public Response unlink(long leadId, long propertyId, String relation) {
        return api.delete(leadProperties(leadId) + "/" + propertyId + Query.of("relation", relation));
    }
}
