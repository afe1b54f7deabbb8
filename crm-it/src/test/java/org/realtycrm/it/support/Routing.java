package org.realtycrm.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Routing rules, teams, ponds and duty through the API, as an admin (or a pond's member) uses them. */
public final class Routing {

    public static final String RULES = "/api/v1/routing-rules";
    public static final String TEAMS = "/api/v1/teams";
    public static final String PONDS = "/api/v1/ponds";

    private final Api api;
    /** The rules {@link #createRuleForTest} made, for {@link #deleteRulesMade}. */
    private final List<JsonObject> made = new ArrayList<>();

    private Routing(Api api) {
        this.api = api;
    }

    public static Routing as(Api api) {
        return new Routing(api);
    }

    /** A rule for leads from {@code source} only, so that it routes no other test's leads. */
    public static JsonObjectBuilder rule(String name, String source, String target, long targetId) {
        return Json.createObjectBuilder().add("name", name).add("sources", Json.createArrayBuilder().add(source))
                .add("target", target).add("targetId", targetId);
    }

    public static JsonArrayBuilder list(String... values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    public JsonObject createRule(JsonObjectBuilder rule) {
        return api.post(RULES, rule.build()).expect(201).json();
    }

    public void deleteRule(JsonObject rule) {
        api.delete(RULES + "/" + rule.getJsonNumber("id").longValue()).expect(204);
    }

    /** A rule that {@link #deleteRulesMade} removes: rules are global, one test's would route the next one's leads. */
    public JsonObject createRuleForTest(JsonObjectBuilder rule) {
        JsonObject created = createRule(rule);
        made.add(created);
        return created;
    }

    public void deleteRulesMade() {
        made.forEach(this::deleteRule);
        made.clear();
    }

    /** @param leaderId {@code null} for a team without a leader */
    public JsonObject createTeam(String name, Long leaderId, long... memberIds) {
        JsonObjectBuilder team = Json.createObjectBuilder().add("name", name).add("memberIds", ids(memberIds));
        if (leaderId != null) {
            team.add("leaderId", leaderId);
        }
        return api.post(TEAMS, team.build()).expect(201).json();
    }

    public JsonObject createPond(String name, long... memberIds) {
        return api.post(PONDS, Json.createObjectBuilder().add("name", name).add("memberIds", ids(memberIds)).build())
                .expect(201).json();
    }

    public Response claim(long leadId) {
        return api.post(Leads.path(leadId) + "/claim", Json.createObjectBuilder().build());
    }

    public JsonObject test(JsonObjectBuilder sample) {
        return api.post(RULES + "/test", sample.build()).expect(200).json();
    }

    /** Puts the user on or off duty ({@code "me"} for the caller). */
    public Response duty(String user, boolean onDuty) {
        return api.put("/api/v1/users/" + user + "/duty", Json.createObjectBuilder().add("onDuty", onDuty).build());
    }

    private static JsonArrayBuilder ids(long... ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (long id : ids) {
            array.add(id);
        }
        return array;
    }

    /** The lead's speed-to-lead deadline comes now, as if its minutes had passed. */
    public static void contactDueNow(long leadId) {
        try (Connection db = DriverManager.getConnection(ItProperties.dbUrl(), ItProperties.dbUser(),
                ItProperties.dbPassword()); PreparedStatement due = db.prepareStatement("update leads"
                + " set contact_due_at = now(), version = version + 1 where id = ? and contact_due_at is not null")) {
            due.setLong(1, leadId);
            if (due.executeUpdate() != 1) {
                throw new IllegalStateException("lead " + leadId + " has no speed-to-lead deadline");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make lead " + leadId + "'s deadline come", e);
        }
    }

    public static List<Long> longs(JsonObject json, String field) {
        return json.getJsonArray(field).getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::longValue).toList();
    }
}
