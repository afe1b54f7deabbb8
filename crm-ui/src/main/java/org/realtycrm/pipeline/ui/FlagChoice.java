package org.realtycrm.pipeline.ui;

import org.realtycrm.pipeline.entity.TargetFilters;

/**
 * A distress filter of {@link TargetFilters} as a select offers it: rows either way, only rows that have it, or only
 * rows that do not. A select of three named choices, because a Boolean's {@code null} has no label of its own.
 */
public enum FlagChoice {
    ANY("Any", null),
    YES("Yes", Boolean.TRUE),
    NO("No", Boolean.FALSE);

    private final String label;
    private final Boolean wanted;

    FlagChoice(String label, Boolean wanted) {
        this.label = label;
        this.wanted = wanted;
    }

    static FlagChoice of(Boolean wanted) {
        return wanted == null ? ANY : wanted ? YES : NO;
    }

    Boolean wanted() {
        return wanted;
    }

    public String getLabel() {
        return label;
    }
}
