package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.realtycrm.lead.entity.LeadScore;
import org.realtycrm.lead.entity.LeadSignals;
import org.realtycrm.lead.entity.Scorecard;

/**
 * The Scoring screen's "try it": an owner's situation as the admin ticks and types it, scored with the rules and
 * bands as they stand on the screen, saved or not. A flag left unticked counts as "no", a figure left empty as
 * unknown (which, as on a list, scores nothing).
 */
public class ScoringTryout implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean responded;
    private boolean preForeclosure;
    private boolean taxDelinquent;
    private boolean vacant;
    private boolean absentee;
    private boolean outOfState;
    private boolean corporate;
    private BigDecimal equityPercent;
    private Integer yearsOwned;
    private BigDecimal estimatedValue;
    private LeadScore score;

    /** @throws org.realtycrm.platform.problem.InvalidInputException when the screen's rules or bands cannot be */
    void score(ScorecardForm form) {
        Scorecard card = new Scorecard(form.toRules(), form.getHotFrom(), form.getWarmFrom());
        score = card.score(signals());
    }

    LeadSignals signals() {
        return new LeadSignals(responded, equityPercent, estimatedValue, yearsOwned, vacant, taxDelinquent,
                preForeclosure, absentee, outOfState, corporate);
    }

    /** "70 points: hot", or empty before the first try. */
    public String getOutcome() {
        return score == null ? "" : score.points() + " points: "
                + score.temperature().name().toLowerCase(Locale.ROOT);
    }

    /** The rules that counted, as people read them. */
    public List<String> getReasons() {
        return score == null ? List.of() : score.reasons();
    }

    void forget() {
        score = null;
    }

    public boolean isResponded() { return responded; }
    public void setResponded(boolean responded) { this.responded = responded; }
    public boolean isPreForeclosure() { return preForeclosure; }
    public void setPreForeclosure(boolean preForeclosure) { this.preForeclosure = preForeclosure; }
    public boolean isTaxDelinquent() { return taxDelinquent; }
    public void setTaxDelinquent(boolean taxDelinquent) { this.taxDelinquent = taxDelinquent; }
    public boolean isVacant() { return vacant; }
    public void setVacant(boolean vacant) { this.vacant = vacant; }
    public boolean isAbsentee() { return absentee; }
    public void setAbsentee(boolean absentee) { this.absentee = absentee; }
    public boolean isOutOfState() { return outOfState; }
    public void setOutOfState(boolean outOfState) { this.outOfState = outOfState; }
    public boolean isCorporate() { return corporate; }
    public void setCorporate(boolean corporate) { this.corporate = corporate; }
    public BigDecimal getEquityPercent() { return equityPercent; }
    public void setEquityPercent(BigDecimal equityPercent) { this.equityPercent = equityPercent; }
    public Integer getYearsOwned() { return yearsOwned; }
    public void setYearsOwned(Integer yearsOwned) { this.yearsOwned = yearsOwned; }
    public BigDecimal getEstimatedValue() { return estimatedValue; }
    public void setEstimatedValue(BigDecimal estimatedValue) { this.estimatedValue = estimatedValue; }
}
