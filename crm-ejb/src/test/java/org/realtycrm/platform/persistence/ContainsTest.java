package org.realtycrm.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContainsTest {

    @Test
    void matchesWhatWasTypedAnywhereIgnoringCaseAndSurroundingBlanks() {
        assertThat(Contains.pattern("  GarCia ")).isEqualTo("%garcia%");
    }

    @Test
    void sqlWildcardsInTheSearchAreMatchedLiterally() {
        assertThat(Contains.pattern("50%_off")).isEqualTo("%50\\%\\_off%");
        assertThat(Contains.pattern("a\\b")).isEqualTo("%a\\\\b%");
    }
}
