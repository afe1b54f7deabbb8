package org.realtycrm.it.support;

import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The leads API as one caller uses it, for the steps a test takes on the way to what it checks. */
public final class Leads {

    public static final String LEADS = "/api/v1/leads";

    private final Api api;

    private Leads(Api api) {
        this.api = api;
    }

    public static Leads as(Api api) {
        return new Leads(api);
    }

    public static String path(long leadId) {
        return LEADS + "/" + leadId;
    }

    public static String path(JsonObject lead) {
        return path(id(lead));
    }

    public static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    /** The id of the lead's assignee, or {@code -1} when unassigned. */
    public static long assigneeId(JsonObject lead) {
        return lead.get("assignedTo") instanceof JsonObject assignee ? id(assignee) : -1;
    }

    public JsonObject create(LeadJson lead) {
        return api.create(LEADS, lead.build());
    }

    public JsonObject create() {
        return create(LeadJson.newLead());
    }

    public JsonObject get(long leadId) {
        return api.get(path(leadId)).expect(200).json();
    }

    /** {@code PUT} of the lead as it is, changed by {@code change}. */
    public Response put(JsonObject current, UnaryOperator<LeadJson> change) {
        return api.put(path(current), change.apply(LeadJson.from(current)).build());
    }

    public JsonObject update(JsonObject current, UnaryOperator<LeadJson> change) {
        return put(current, change).expect(200).json();
    }

    /** Moves the lead through these statuses in turn, each a legal step; answers the lead after the last. */
    public JsonObject walk(JsonObject lead, String... statuses) {
        JsonObject current = lead;
        for (String status : statuses) {
            current = update(current, json -> json.status(status));
        }
        return current;
    }

    public Response assign(long leadId, long agentId) {
        return api.post(path(leadId) + "/assignment", Json.createObjectBuilder().add("agentId", agentId).build());
    }

    /**
     * {@code POST .../disposition}: the disposition screen's quick change against {@code version}; a {@code null}
     * temperature or status is left out of the request (unchanged).
     */
    public Response dispose(long leadId, long version, String temperature, String status) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("version", version);
        if (temperature != null) {
            body.add("temperature", temperature);
        }
        if (status != null) {
            body.add("status", status);
        }
        return api.post(path(leadId) + "/disposition", body.build());
    }

    /** The lead's timeline, newest first (its first page). */
    public List<JsonObject> timeline(long leadId) {
        return api.get(path(leadId) + "/activities").expect(200).items();
    }

    /** {@code GET /leads} with these query parameters, in pairs. */
    public Response list(Object... query) {
        return api.get(LEADS + (query.length == 0 ? "" : Query.of(query)));
    }
}
