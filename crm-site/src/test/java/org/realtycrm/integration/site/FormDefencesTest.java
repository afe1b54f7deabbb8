package org.realtycrm.integration.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormDefencesTest {

    @Test
    void aFormSentBackSoonerThanAPersonCouldFillItInIsRefusedWhereThatCounts() {
        assertThat(FormDefences.ticketRefusal(FormTicket.Check.TOO_SOON, true)).startsWith("That was quick!");
        assertThat(FormDefences.ticketRefusal(FormTicket.Check.FILLED_IN, true)).isNull();
    }

    @Test
    void atAnyPaceATicketSentBackAtOnceIsTakenButNotAStaleOrForgedOne() {
        assertThat(FormDefences.ticketRefusal(FormTicket.Check.TOO_SOON, false)).as("a password manager").isNull();
        assertThat(FormDefences.ticketRefusal(FormTicket.Check.FILLED_IN, false)).isNull();
        for (boolean atAPersonsPace : new boolean[] {true, false}) {
            assertThat(FormDefences.ticketRefusal(FormTicket.Check.STALE, atAPersonsPace)).contains("expired");
            assertThat(FormDefences.ticketRefusal(FormTicket.Check.FORGED, atAPersonsPace)).contains("expired");
        }
    }
}
