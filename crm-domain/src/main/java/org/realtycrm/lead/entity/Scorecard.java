package org.realtycrm.lead.entity;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.realtycrm.platform.entity.Tracked;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * How leads from purchased lists are scored: rules that add (or take away) points when a signal holds, and the
 * scores from which a lead is hot or warm; below {@link #getWarmFrom()} it is cold. There is one scorecard, edited
 * by admins as a whole ({@link #replace}); it keeps its own rules: bands in order, each signal and threshold once.
 */
@Entity
@Table(name = "lead_scorecard")
public class Scorecard extends Tracked {

    public static final short ID = 1;
    public static final int MAX_RULES = 30;
    public static final int MAX_SCORE = 1_000;

    @Id
    private short id = ID;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String rules;

    @Column(name = "hot_from", nullable = false)
    private int hotFrom;

    @Column(name = "warm_from", nullable = false)
    private int warmFrom;

    @Column(name = "updated_by_id")
    private Long updatedById;

    @Transient
    private List<ScoringRule> parsed;

    protected Scorecard() {
        // for JPA
    }

    /** A scorecard not stored (tests, and the figures a preview scores with). */
    public Scorecard(List<ScoringRule> rules, int hotFrom, int warmFrom) {
        replace(rules, hotFrom, warmFrom, null);
    }

    /**
     * Replaces the rules and the bands together.
     *
     * @throws InvalidInputException when the bands are out of order or a signal and threshold appear twice
     */
    public void replace(List<ScoringRule> newRules, int newHotFrom, int newWarmFrom, Long byUserId) {
        Objects.requireNonNull(newRules, "rules");
        if (newRules.size() > MAX_RULES) {
            throw new InvalidInputException("rules", "at most " + MAX_RULES + " rules");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < newRules.size(); i++) {
            ScoringRule rule = newRules.get(i);
            if (!seen.add(rule.signal() + "|" + rule.threshold())) {
                throw new InvalidInputException("rules[" + i + "]", "repeats " + rule.signal().words()
                        + (rule.threshold() == null ? "" : " " + rule.threshold().toPlainString()));
            }
        }
        if (Math.abs(newHotFrom) > MAX_SCORE || Math.abs(newWarmFrom) > MAX_SCORE) {
            throw new InvalidInputException(Math.abs(newHotFrom) > MAX_SCORE ? "hotFrom" : "warmFrom",
                    "scores are between -" + MAX_SCORE + " and " + MAX_SCORE);
        }
        if (newHotFrom <= newWarmFrom) {
            throw new InvalidInputException("hotFrom", "must be above warmFrom (" + newWarmFrom + ")");
        }
        this.rules = write(newRules);
        this.parsed = List.copyOf(newRules);
        this.hotFrom = newHotFrom;
        this.warmFrom = newWarmFrom;
        this.updatedById = byUserId;
    }

    /** The lead's points under every rule that holds, and the temperature they give. */
    public LeadScore score(LeadSignals lead) {
        int points = 0;
        List<String> reasons = new ArrayList<>();
        for (ScoringRule rule : getRules()) {
            if (rule.holdsFor(lead)) {
                points += rule.points();
                reasons.add(rule.describe());
            }
        }
        Temperature temperature = points >= hotFrom ? Temperature.HOT
                : points >= warmFrom ? Temperature.WARM : Temperature.COLD;
        return new LeadScore(points, temperature, reasons);
    }

    public List<ScoringRule> getRules() {
        if (parsed == null) {
            parsed = read(rules);
        }
        return parsed;
    }

    public int getHotFrom() {
        return hotFrom;
    }

    public int getWarmFrom() {
        return warmFrom;
    }

    public Long getUpdatedById() {
        return updatedById;
    }

    /** The scorecard as the audit trail compares it before and after a change. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("rules", String.join("; ", getRules().stream().map(ScoringRule::describe).toList()));
        state.put("hotFrom", hotFrom);
        state.put("warmFrom", warmFrom);
        return state;
    }

    static String write(List<ScoringRule> rules) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (ScoringRule rule : rules) {
            JsonObjectBuilder object = Json.createObjectBuilder().add("signal", rule.signal().name());
            if (rule.threshold() == null) {
                object.addNull("threshold");
            } else {
                object.add("threshold", rule.threshold());
            }
            array.add(object.add("points", rule.points()));
        }
        return array.build().toString();
    }

    static List<ScoringRule> read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            List<ScoringRule> rules = new ArrayList<>(array.size());
            for (JsonValue value : array) {
                JsonObject object = value.asJsonObject();
                JsonValue threshold = object.get("threshold");
                BigDecimal limit = threshold == null || threshold.getValueType() == JsonValue.ValueType.NULL ? null
                        : ((JsonNumber) threshold).bigDecimalValue();
                rules.add(new ScoringRule(ScoringSignal.valueOf(object.getString("signal")), limit,
                        object.getInt("points")));
            }
            return List.copyOf(rules);
        }
    }
}
