package org.realtycrm.pipeline.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListScrubberTest {

    @Test
    void a_value_is_cut_before_it_is_escaped_so_that_no_half_escape_reaches_copy() {
        String cell = "x".repeat(63) + "\\y";

        String field = ListScrubber.Suppressions.field(cell, 64);

        assertThat(field).isEqualTo("x".repeat(63) + "\\\\");
    }

    @Test
    void separators_become_spaces_and_nul_is_dropped() {
        assertThat(ListScrubber.Suppressions.field("a\tb\nc\rd\0e", 64)).isEqualTo("a b c de");
    }
}
