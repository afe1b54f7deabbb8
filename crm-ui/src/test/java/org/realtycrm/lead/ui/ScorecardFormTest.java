package org.realtycrm.lead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realtycrm.lead.entity.Scorecard;
import org.realtycrm.lead.entity.ScoringRule;
import org.realtycrm.lead.entity.ScoringSignal;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

class ScorecardFormTest {

    static Scorecard card() {
        return new Scorecard(List.of(
                ScoringRule.of("rules[0]", ScoringSignal.RESPONDED, null, 50),
                ScoringRule.of("rules[1]", ScoringSignal.EQUITY_AT_LEAST, new BigDecimal("50"), 20)), 50, 25);
    }

    @Test
    void theScorecardComesBackAsItWasReadWhenNothingIsEdited() {
        ScorecardForm form = ScorecardForm.of(card());

        assertThat(form.toRules()).isEqualTo(card().getRules());
        assertThat(form.getHotFrom()).isEqualTo(50);
        assertThat(form.getWarmFrom()).isEqualTo(25);
        assertThat(form.getRows()).extracting(RuleRow::getUnit).containsExactly("", "%");
    }

    @Test
    void aYesNoSignalHasNoThresholdEvenWhenTheLineHadOne() {
        ScorecardForm form = ScorecardForm.of(card());
        RuleRow equity = form.getRows().get(1);

        equity.setSignal(ScoringSignal.VACANT);

        assertThat(equity.hasThreshold()).isFalse();
        assertThat(equity.getThreshold()).isNull();
        assertThat(form.toRules().get(1).describe()).isEqualTo("vacant: +20");
    }

    @Test
    void addedAndRemovedLinesAreReportedByTheirPlaceInTheTable() {
        ScorecardForm form = ScorecardForm.of(card());
        form.removeRow(0);
        form.addRow();
        form.getRows().get(1).setSignal(ScoringSignal.YEARS_OWNED_AT_LEAST);
        form.getRows().get(1).setPoints(10);
        form.addRow();

        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class, form::toRules);

        assertThat(invalid.errors()).extracting(FieldError::field)
                .containsExactly("rules[1].threshold", "rules[2].signal");
    }

    @Test
    void aRulesFieldErrorIsShownInItsRowAndAWholeRulesErrorNextToItsSignal() {
        assertThat(ScorecardFields.placed(new FieldError("rules[3].threshold", "is required")))
                .isEqualTo(new FieldError("rules:3:threshold", "is required"));
        assertThat(ScorecardFields.placed(new FieldError("rules[12]", "repeats vacant")).field())
                .isEqualTo("rules:12:signal");
        assertThat(ScorecardFields.placed(new FieldError("hotFrom", "must be above warmFrom (25)")).field())
                .isEqualTo("hotFrom");
        assertThat(ScorecardFields.placed(new FieldError("rules", "at most 30 rules")).field()).isEqualTo("rules");
    }
}
