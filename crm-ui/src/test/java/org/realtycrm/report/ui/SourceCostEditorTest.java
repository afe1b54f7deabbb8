package org.realtycrm.report.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;

class SourceCostEditorTest {

    @Test
    void takesDollarsAndCentsAsWholeCents() {
        assertThat(SourceCostEditor.cents(new BigDecimal("310"))).isEqualTo(31_000);
        assertThat(SourceCostEditor.cents(new BigDecimal("1234.56"))).isEqualTo(123_456);
        assertThat(SourceCostEditor.cents(new BigDecimal("0.500"))).as("a zero past the cents").isEqualTo(50);
    }

    @Test
    void refusesNoAmountOrAFractionOfACent() {
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> SourceCostEditor.cents(null)).errors())
                .singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("amountCents"));
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> SourceCostEditor.cents(new BigDecimal("1.005"))).errors()).hasSize(1);
    }
}
