package org.realtycrm.it.support;

import java.util.function.UnaryOperator;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * The lead scorecard through {@code /api/v1/scoring}. There is one, and the pipeline's tests score leads with it:
 * a test that changes it puts back what it read first ({@link #restore}).
 */
public final class Scoring {

    public static final String PATH = "/api/v1/scoring";

    private Scoring() {
    }

    public static JsonObject read(Api caller) {
        return caller.get(PATH).expect(200).json();
    }

    /** The body of a change: the version, bands and rules of {@code card} (rules without their descriptions). */
    public static JsonObjectBuilder change(JsonObject card) {
        JsonArrayBuilder rules = Json.createArrayBuilder();
        for (JsonObject rule : card.getJsonArray("rules").getValuesAs(JsonObject.class)) {
            JsonObjectBuilder sent = Json.createObjectBuilder().add("signal", rule.getString("signal"))
                    .add("points", rule.getInt("points"));
            if (rule.get("threshold") != null && rule.get("threshold") != JsonValue.NULL) {
                sent.add("threshold", rule.getJsonNumber("threshold"));
            }
            rules.add(sent);
        }
        return Json.createObjectBuilder().add("version", card.getJsonNumber("version"))
                .add("hotFrom", card.getInt("hotFrom")).add("warmFrom", card.getInt("warmFrom")).add("rules", rules);
    }

    /** The change of {@code card}'s rules by {@code edit}, keeping the rest. */
    public static JsonObject withRules(JsonObject card, UnaryOperator<JsonArray> edit) {
        JsonObject body = change(card).build();
        return Json.createObjectBuilder(body).add("rules", edit.apply(body.getJsonArray("rules"))).build();
    }

    /** Puts {@code original}'s rules and bands back over whatever the scorecard holds now. */
    public static void restore(JsonObject original) {
        long now = read(Accounts.admin()).getJsonNumber("version").longValue();
        JsonObject body = Json.createObjectBuilder(change(original).build()).add("version", now).build();
        Accounts.admin().put(PATH, body).expect(200);
    }
}
