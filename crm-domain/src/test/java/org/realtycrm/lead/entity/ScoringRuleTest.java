package org.realtycrm.lead.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

class ScoringRuleTest {

    private record Line(ScoringSignal signal, String threshold, Integer points) {
    }

    private static List<ScoringRule> read(Line... lines) {
        return ScoringRule.all(List.of(lines), (field, line) -> ScoringRule.of(field, line.signal(),
                line.threshold() == null ? null : new BigDecimal(line.threshold()), line.points()));
    }

    @Test
    void rulesAreReadInOrderWithTheirThresholdsTidied() {
        List<ScoringRule> rules = read(new Line(ScoringSignal.VACANT, null, 15),
                new Line(ScoringSignal.EQUITY_AT_LEAST, "50.00", 20));

        assertThat(rules).extracting(ScoringRule::describe)
                .containsExactly("vacant: +15", "equity at least 50 %: +20");
        assertThat(read(new Line(ScoringSignal.VALUE_AT_MOST, "180000.00", 5)).get(0).threshold())
                .isEqualTo(new BigDecimal("180000"));
    }

    @Test
    void everyWrongFieldIsReportedAtOnceByItsRule() {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class, () -> read(
                new Line(ScoringSignal.EQUITY_AT_LEAST, null, 20),
                new Line(ScoringSignal.VACANT, null, 15),
                new Line(ScoringSignal.RESPONDED, "3", 50),
                new Line(null, null, 5)));

        assertThat(invalid.errors()).extracting(FieldError::field)
                .containsExactly("rules[0].threshold", "rules[2].threshold", "rules[3].signal");
    }
}
