package org.realtycrm.lead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CommaListTest {

    @Test
    void entriesAreWhatTheCommasSeparateWithoutBlanks() {
        assertThat(CommaList.parse(" Zillow, Realtor.com ,,  Open house sign-in ,"))
                .containsExactly("Zillow", "Realtor.com", "Open house sign-in");
        assertThat(CommaList.parse("Round Rock")).as("a city of two words is one entry").containsExactly("Round Rock");
    }

    @Test
    void nothingTypedIsNoEntryAndNoEntryShowsAsNothing() {
        assertThat(CommaList.parse(null)).isEmpty();
        assertThat(CommaList.parse("  , ")).isEmpty();
        assertThat(CommaList.join(List.of())).isNull();
        assertThat(CommaList.join(null)).isNull();
    }

    @Test
    void entriesShowAgainAsTheyWouldBeTyped() {
        assertThat(CommaList.join(List.of("787", "78613"))).isEqualTo("787, 78613");
        assertThat(CommaList.parse(CommaList.join(List.of("es", "pt")))).containsExactly("es", "pt");
    }
}
