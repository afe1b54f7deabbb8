package org.realtycrm.lead.entity;

/**
 * What a scorecard rule looks for in a lead's situation ({@link LeadSignals}). Stored by name in the scorecard's
 * JSON: append, never rename.
 */
public enum ScoringSignal {
    /** The owner answered a mailing, a call or a text. */
    RESPONDED("responded", null),
    /** A notice of default or a foreclosure filing. */
    PRE_FORECLOSURE("pre-foreclosure", null),
    /** Equity at least the threshold, in percent of the value. */
    EQUITY_AT_LEAST("equity at least", "%"),
    TAX_DELINQUENT("tax delinquent", null),
    VACANT("vacant", null),
    /** The owner gets mail elsewhere (or the list says not owner-occupied). */
    ABSENTEE("absentee owner", null),
    /** The owner's mailing address is in another state. */
    OUT_OF_STATE("out-of-state owner", null),
    /** A company or trust owns the property. */
    CORPORATE("corporate owner", null),
    /** Owned at least the threshold in whole years. */
    YEARS_OWNED_AT_LEAST("owned at least", "years"),
    /** Estimated value at most the threshold, in dollars. */
    VALUE_AT_MOST("value at most", "$");

    private final String words;
    private final String unit;

    ScoringSignal(String words, String unit) {
        this.words = words;
        this.unit = unit;
    }

    /** Whether the rule needs a threshold (a number with {@link #unit()}). */
    public boolean needsThreshold() {
        return unit != null;
    }

    /** The threshold's unit: "%", "years" or "$"; {@code null} for a yes/no signal. */
    public String unit() {
        return unit;
    }

    /** How the signal reads in a sentence ("equity at least"). */
    public String words() {
        return words;
    }
}
