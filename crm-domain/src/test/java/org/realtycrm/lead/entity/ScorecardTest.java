package org.realtycrm.lead.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;

class ScorecardTest {

    private static final List<ScoringRule> RULES = List.of(
            ScoringRule.of("rules[0]", ScoringSignal.RESPONDED, null, 50),
            ScoringRule.of("rules[1]", ScoringSignal.EQUITY_AT_LEAST, new BigDecimal("50"), 20),
            ScoringRule.of("rules[2]", ScoringSignal.VACANT, null, 15),
            ScoringRule.of("rules[3]", ScoringSignal.YEARS_OWNED_AT_LEAST, new BigDecimal("10"), 10),
            ScoringRule.of("rules[4]", ScoringSignal.CORPORATE, null, -10),
            ScoringRule.of("rules[5]", ScoringSignal.VALUE_AT_MOST, new BigDecimal("250000"), 5));

    private static LeadSignals signals(boolean responded, String equity, Boolean vacant, Integer years,
            boolean corporate, String value) {
        return new LeadSignals(responded, equity == null ? null : new BigDecimal(equity),
                value == null ? null : new BigDecimal(value), years, vacant, null, null, false, false, corporate);
    }

    @Test
    void aResponderWithEquityIsHot() {
        LeadScore score = new Scorecard(RULES, 50, 25).score(signals(true, "62.5", null, null, false, null));

        assertThat(score.points()).isEqualTo(70);
        assertThat(score.temperature()).isEqualTo(Temperature.HOT);
        assertThat(score.reasons()).containsExactly("responded: +50", "equity at least 50 %: +20");
        assertThat(score.describe()).isEqualTo("70 (hot): responded: +50, equity at least 50 %: +20");
    }

    @Test
    void thresholdsAreInclusiveAndUnknownFiguresScoreNothing() {
        Scorecard card = new Scorecard(RULES, 50, 25);

        assertThat(card.score(signals(false, "50", true, 10, false, null)).points()).isEqualTo(45);
        assertThat(card.score(signals(false, "49.99", null, 9, false, null)).points()).isZero();
        assertThat(card.score(LeadSignals.NONE).temperature()).isEqualTo(Temperature.COLD);
        assertThat(card.score(signals(false, null, null, null, false, "250000")).reasons())
                .containsExactly("value at most $250000: +5");
    }

    @Test
    void bandsDecideTheTemperatureAndNegativePointsCountAgainst() {
        Scorecard card = new Scorecard(RULES, 50, 25);

        assertThat(card.score(signals(false, "60", true, null, false, null)).temperature())
                .isEqualTo(Temperature.WARM);
        assertThat(card.score(signals(false, "60", true, null, true, null)).temperature())
                .isEqualTo(Temperature.WARM); // 25: the warm band starts there
        assertThat(card.score(signals(false, "60", null, null, true, null)).temperature())
                .isEqualTo(Temperature.COLD);
    }

    @Test
    void rulesSurviveTheirJson() {
        Scorecard card = new Scorecard(RULES, 50, 25);

        assertThat(Scorecard.read(Scorecard.write(RULES))).isEqualTo(RULES);
        assertThat(card.auditState()).containsEntry("hotFrom", 50).containsEntry("warmFrom", 25);
    }

    @Test
    void refusesBandsOutOfOrderAndRepeatedRules() {
        assertThatThrownBy(() -> new Scorecard(RULES, 25, 25)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("hotFrom");
        List<ScoringRule> twice = List.of(ScoringRule.of("rules[0]", ScoringSignal.VACANT, null, 5),
                ScoringRule.of("rules[1]", ScoringSignal.VACANT, null, 10));
        assertThatThrownBy(() -> new Scorecard(twice, 50, 25)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rules[1]");
    }

    @Test
    void aRuleNeedsWhatItsSignalNeeds() {
        assertThatThrownBy(() -> ScoringRule.of("rules[0]", ScoringSignal.EQUITY_AT_LEAST, null, 10))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("rules[0].threshold");
        assertThatThrownBy(() -> ScoringRule.of("rules[0]", ScoringSignal.VACANT, BigDecimal.ONE, 10))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be empty");
        assertThatThrownBy(() -> ScoringRule.of("rules[0]", ScoringSignal.EQUITY_AT_LEAST, new BigDecimal("101"), 10))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 100");
        assertThatThrownBy(() -> ScoringRule.of("rules[0]", ScoringSignal.VACANT, null, 101))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("points");
    }
}
