package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.realtycrm.lead.entity.Scorecard;
import org.realtycrm.lead.entity.ScoringRule;

/**
 * The Scoring screen's copy of the scorecard: its rules as editable rows, the bands, and the version it was read at
 * (sent with the change, so that someone else's change in between is not overwritten).
 */
public class ScorecardForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long version;
    private final List<RuleRow> rows = new ArrayList<>();
    private Integer hotFrom;
    private Integer warmFrom;

    private ScorecardForm(long version) {
        this.version = version;
    }

    static ScorecardForm of(Scorecard card) {
        ScorecardForm form = new ScorecardForm(card.getVersion());
        card.getRules().forEach(rule -> form.rows.add(RuleRow.of(rule)));
        form.hotFrom = card.getHotFrom();
        form.warmFrom = card.getWarmFrom();
        return form;
    }

    /** @throws org.realtycrm.platform.problem.InvalidInputException naming every wrong field ("rules[1].points") */
    List<ScoringRule> toRules() {
        return ScoringRule.all(rows, (field, row) -> row.toRule(field));
    }

    /** A new, empty line at the end, where the admin chooses its signal. */
    void addRow() {
        rows.add(new RuleRow());
    }

    void removeRow(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    long getVersion() {
        return version;
    }

    public List<RuleRow> getRows() {
        return rows;
    }

    public Integer getHotFrom() {
        return hotFrom;
    }

    public void setHotFrom(Integer hotFrom) {
        this.hotFrom = hotFrom;
    }

    public Integer getWarmFrom() {
        return warmFrom;
    }

    public void setWarmFrom(Integer warmFrom) {
        this.warmFrom = warmFrom;
    }
}
