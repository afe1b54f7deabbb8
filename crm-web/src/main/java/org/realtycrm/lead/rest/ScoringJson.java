package org.realtycrm.lead.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.lead.entity.Scorecard;
import org.realtycrm.lead.entity.ScoringRule;
import org.realtycrm.lead.entity.ScoringSignal;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.rest.Enums;

/** The lead scorecard's JSON shapes: the scorecard with the signals an editor offers, and a change to it. */
public final class ScoringJson {

    private ScoringJson() {
    }

    @Schema(name = "Scorecard", example = "{\"version\": 3, \"hotFrom\": 50, \"warmFrom\": 25, \"rules\": [{\"signal\":"
            + " \"EQUITY_AT_LEAST\", \"threshold\": 50, \"points\": 20, \"description\": \"equity at least 50 %: +20\"}],"
            + " \"signals\": [{\"name\": \"EQUITY_AT_LEAST\", \"words\": \"equity at least\", \"unit\": \"%\"}],"
            + " \"updatedAt\": \"2026-12-05T13:22:37Z\"}")
    public record Card(long version, int hotFrom, int warmFrom, List<Rule> rules, List<Signal> signals,
            Instant updatedAt) {

        static Card of(Scorecard card) {
            return new Card(card.getVersion(), card.getHotFrom(), card.getWarmFrom(),
                    card.getRules().stream().map(Rule::of).toList(),
                    Arrays.stream(ScoringSignal.values()).map(Signal::of).toList(), card.getUpdatedAt());
        }
    }

    @Schema(name = "ScoringRule")
    public record Rule(String signal, BigDecimal threshold, int points,
            @Schema(description = "the rule as a person reads it") String description) {

        static Rule of(ScoringRule rule) {
            return new Rule(rule.signal().name(), rule.threshold(), rule.points(), rule.describe());
        }
    }

    @Schema(name = "ScoringSignal")
    public record Signal(String name, String words,
            @Schema(description = "the threshold's unit (%, years, $); null for a yes/no signal") String unit) {

        static Signal of(ScoringSignal signal) {
            return new Signal(signal.name(), signal.words(), signal.unit());
        }
    }

    @Schema(name = "ScorecardRequest", example = "{\"version\": 3, \"hotFrom\": 50, \"warmFrom\": 25, \"rules\": ["
            + "{\"signal\": \"RESPONDED\", \"points\": 50}, {\"signal\": \"EQUITY_AT_LEAST\", \"threshold\": 50,"
            + " \"points\": 20}]}")
    public static class Request {
        @Schema(description = "the version read")
        public Long version;
        public Integer hotFrom;
        public Integer warmFrom;
        public List<RuleRequest> rules;

        /** @throws InvalidInputException naming each of version, hotFrom and warmFrom that is missing */
        void requireAll() {
            List<FieldError> missing = new ArrayList<>();
            if (version == null) {
                missing.add(new FieldError("version", "is required: send the version you read"));
            }
            if (hotFrom == null) {
                missing.add(new FieldError("hotFrom", "is required"));
            }
            if (warmFrom == null) {
                missing.add(new FieldError("warmFrom", "is required"));
            }
            if (!missing.isEmpty()) {
                throw new InvalidInputException(missing);
            }
        }

        /** @throws InvalidInputException naming every field of the rules that is missing or wrong */
        List<ScoringRule> toRules() {
            if (rules == null) {
                throw new InvalidInputException("rules", "is required (an empty list scores every lead 0)");
            }
            return ScoringRule.all(rules, (field, rule) -> ScoringRule.of(field,
                    Enums.parse(field + ".signal", ScoringSignal.class, rule.signal), rule.threshold, rule.points));
        }
    }

    @Schema(name = "ScoringRuleRequest")
    public static class RuleRequest {
        @Schema(description = "a signal's name, from the scorecard's signals")
        public String signal;
        @Schema(description = "for a signal with a unit; absent for a yes/no signal")
        public BigDecimal threshold;
        @Schema(description = "-100 to 100; negative points count against the lead")
        public Integer points;
    }
}
