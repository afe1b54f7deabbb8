package org.realtycrm.lead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;

class ScoringTryoutTest {

    @Test
    void anOwnerIsScoredWithTheRulesAsTheyStandOnTheScreen() {
        ScorecardForm form = ScorecardForm.of(ScorecardFormTest.card());
        ScoringTryout tryout = new ScoringTryout();
        tryout.setEquityPercent(new BigDecimal("62"));

        tryout.score(form);
        assertThat(tryout.getOutcome()).isEqualTo("20 points: cold");
        assertThat(tryout.getReasons()).containsExactly("equity at least 50 %: +20");

        form.setWarmFrom(20); // not saved: the try uses it all the same
        tryout.setResponded(true);
        tryout.score(form);
        assertThat(tryout.getOutcome()).isEqualTo("70 points: hot");
    }

    @Test
    void untickedFlagsAreNoAndEmptyFiguresUnknown() {
        ScoringTryout tryout = new ScoringTryout();
        tryout.setVacant(false);

        assertThat(tryout.signals().vacant()).isFalse();
        assertThat(tryout.signals().equityPercent()).isNull();
        assertThat(tryout.signals().yearsOwned()).isNull();
        assertThat(tryout.getOutcome()).isEmpty();
    }

    @Test
    void rulesThatCannotBeScoreNobody() {
        ScorecardForm form = ScorecardForm.of(ScorecardFormTest.card());
        form.setHotFrom(10);

        assertThatThrownBy(() -> new ScoringTryout().score(form)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("hotFrom");
    }
}
