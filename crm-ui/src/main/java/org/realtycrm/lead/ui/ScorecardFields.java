package org.realtycrm.lead.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.realtycrm.platform.problem.FieldError;

/**
 * Where the Scoring screen shows a field's error. The scorecard names a rule's fields as paths ({@code rules[2]
 * .threshold}); on the screen they are inputs of the rules table's row 2 ({@code rules:2:threshold}). An error about
 * a whole rule (it repeats another) goes next to its signal; one about all the rules goes above the table.
 */
final class ScorecardFields {

    private static final Pattern RULE_FIELD = Pattern.compile("rules\\[(\\d+)](?:\\.(\\w+))?");

    private ScorecardFields() {
    }

    static FieldError placed(FieldError error) {
        Matcher rule = RULE_FIELD.matcher(error.field());
        if (!rule.matches()) {
            return error;
        }
        String input = rule.group(2) == null ? "signal" : rule.group(2);
        return new FieldError("rules:" + rule.group(1) + ":" + input, error.message());
    }
}
