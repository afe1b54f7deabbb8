package org.realtycrm.lead.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * One line of the scorecard: when the signal holds, the lead scores {@code points} (negative points count against
 * it). A signal with a unit needs a threshold; a yes/no signal has none.
 */
public record ScoringRule(ScoringSignal signal, BigDecimal threshold, int points) {

    public static final int MAX_POINTS = 100;

    /**
     * @param field where an error is reported ("rules[2]")
     * @throws InvalidInputException when the rule cannot be right
     */
    public static ScoringRule of(String field, ScoringSignal signal, BigDecimal threshold, Integer points) {
        if (signal == null) {
            throw new InvalidInputException(field + ".signal", "is required");
        }
        if (points == null) {
            throw new InvalidInputException(field + ".points", "is required");
        }
        if (Math.abs(points) > MAX_POINTS) {
            throw new InvalidInputException(field + ".points", "must be between -" + MAX_POINTS + " and " + MAX_POINTS);
        }
        if (signal.needsThreshold() && threshold == null) {
            throw new InvalidInputException(field + ".threshold", "is required for " + signal.words());
        }
        if (!signal.needsThreshold() && threshold != null) {
            throw new InvalidInputException(field + ".threshold", "must be empty for " + signal.words());
        }
        if (threshold != null && threshold.signum() < 0) {
            throw new InvalidInputException(field + ".threshold", "must not be negative");
        }
        if (signal == ScoringSignal.EQUITY_AT_LEAST && threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException(field + ".threshold", "is a percentage: at most 100");
        }
        return new ScoringRule(signal, threshold == null ? null : plain(threshold), points);
    }

    /** 50.00, 50 and 5E+1 are one threshold: stored, compared and sent as 50 (a JSON reader may not take 5E+1). */
    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Reads a whole list of rules as a form or a request sends them, each with {@code read(field, input)} (field
     * "rules[i]"), so that a person sees every wrong field at once rather than one per save.
     *
     * @throws InvalidInputException with every rule's errors
     */
    public static <T> List<ScoringRule> all(List<T> inputs, BiFunction<String, T, ScoringRule> read) {
        List<ScoringRule> rules = new ArrayList<>(inputs.size());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            try {
                rules.add(read.apply("rules[" + i + "]", inputs.get(i)));
            } catch (InvalidInputException invalid) {
                errors.addAll(invalid.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return rules;
    }

    /** Holds for rules read back from storage too; {@link #of} says what is wrong field by field first. */
    public ScoringRule {
        Objects.requireNonNull(signal, "signal");
        if (signal.needsThreshold() != (threshold != null)) {
            throw new IllegalArgumentException(signal + (threshold == null ? " needs a threshold" : " takes none"));
        }
    }

    /** Whether the lead's situation shows this signal; an unknown figure or flag never does. */
    public boolean holdsFor(LeadSignals lead) {
        return switch (signal) {
            case RESPONDED -> lead.responded();
            case PRE_FORECLOSURE -> Boolean.TRUE.equals(lead.preForeclosure());
            case EQUITY_AT_LEAST -> lead.equityPercent() != null && lead.equityPercent().compareTo(threshold) >= 0;
            case TAX_DELINQUENT -> Boolean.TRUE.equals(lead.taxDelinquent());
            case VACANT -> Boolean.TRUE.equals(lead.vacant());
            case ABSENTEE -> lead.absentee();
            case OUT_OF_STATE -> lead.outOfState();
            case CORPORATE -> lead.corporate();
            case YEARS_OWNED_AT_LEAST -> lead.yearsOwned() != null
                    && BigDecimal.valueOf(lead.yearsOwned()).compareTo(threshold) >= 0;
            case VALUE_AT_MOST -> lead.estimatedValue() != null && lead.estimatedValue().compareTo(threshold) <= 0;
        };
    }

    /** The rule as a person reads it: "equity at least 50 %: +20". */
    public String describe() {
        StringBuilder text = new StringBuilder(signal.words());
        if (threshold != null) {
            String amount = threshold.toPlainString();
            text.append(' ').append(switch (signal.unit()) {
                case "$" -> "$" + amount;
                case "%" -> amount + " %";
                default -> amount + " " + signal.unit();
            });
        }
        return text.append(": ").append(points > 0 ? "+" : "").append(points).toString();
    }
}
