package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.math.BigDecimal;

import org.realtycrm.lead.entity.ScoringRule;
import org.realtycrm.lead.entity.ScoringSignal;

/** One editable line of the scorecard on the Scoring screen. */
public class RuleRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private ScoringSignal signal;
    private BigDecimal threshold;
    private Integer points;

    static RuleRow of(ScoringRule rule) {
        RuleRow row = new RuleRow();
        row.signal = rule.signal();
        row.threshold = rule.threshold();
        row.points = rule.points();
        return row;
    }

    /** @throws org.realtycrm.platform.problem.InvalidInputException naming {@code field}'s part that is wrong */
    ScoringRule toRule(String field) {
        return ScoringRule.of(field, signal, hasThreshold() ? threshold : null, points);
    }

    /** Whether the threshold input is in use: a yes/no signal has none, and neither has a line without a signal. */
    public boolean hasThreshold() {
        return signal != null && signal.needsThreshold();
    }

    /** The threshold's unit as the input shows it ("%", "years", "$"); empty for a yes/no signal. */
    public String getUnit() {
        return hasThreshold() ? signal.unit() : "";
    }

    public ScoringSignal getSignal() {
        return signal;
    }

    /** A yes/no signal drops the threshold a signal chosen before had, so that it is not sent hidden. */
    public void setSignal(ScoringSignal signal) {
        this.signal = signal;
        if (!hasThreshold()) {
            threshold = null;
        }
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
        this.threshold = threshold;
    }

    public Integer getPoints() {
        return points;
    }

    public void setPoints(Integer points) {
        this.points = points;
    }
}
