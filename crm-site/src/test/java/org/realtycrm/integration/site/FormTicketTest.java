package org.realtycrm.integration.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.site.SiteSettings;

class FormTicketTest {

    private static final Instant MADE = Instant.parse("2026-12-06T10:00:00Z");
    private static final byte[] KEY = "a key of the website's own".getBytes(StandardCharsets.UTF_8);

    private final SiteSettings threeSeconds = new SiteSettings() {
        @Override
        public int formMinSeconds() {
            return 3;
        }
    };

    private FormTicket at(Instant now) {
        return FormTicket.with(KEY, Clock.fixed(now, ZoneOffset.UTC), threeSeconds);
    }

    @Test
    void aFormSentAtAPersonsPaceIsFilledIn() {
        String ticket = at(MADE).issue();

        assertThat(at(MADE.plusSeconds(3)).check(ticket)).isEqualTo(FormTicket.Check.FILLED_IN);
        assertThat(at(MADE.plus(Duration.ofHours(47))).check(ticket)).isEqualTo(FormTicket.Check.FILLED_IN);
    }

    @Test
    void aFormSentTooSoonOrTwoDaysLaterIsNot() {
        String ticket = at(MADE).issue();

        assertThat(at(MADE.plusSeconds(2)).check(ticket)).isEqualTo(FormTicket.Check.TOO_SOON);
        assertThat(at(MADE.minusSeconds(30)).check(ticket)).as("from the future").isEqualTo(FormTicket.Check.TOO_SOON);
        assertThat(at(MADE.plus(Duration.ofDays(2)).plusSeconds(1)).check(ticket)).isEqualTo(FormTicket.Check.STALE);
    }

    @Test
    void aPageHoldingATicketNamesItsDaySoThatCachesDrawItAgainTheNextDay() {
        assertThat(at(MADE).day()).isEqualTo("2026-12-06");
        assertThat(at(MADE.plus(Duration.ofHours(14))).day()).isEqualTo("2026-12-07");
    }

    @Test
    void aTicketWrittenByAnyoneElseIsForged() {
        String ticket = at(MADE).issue();
        String earlier = (MADE.getEpochSecond() - 60) + ticket.substring(ticket.indexOf('.'));
        FormTicket otherKey = FormTicket.with("another".getBytes(StandardCharsets.UTF_8),
                Clock.fixed(MADE.plusSeconds(10), ZoneOffset.UTC), threeSeconds);

        assertThat(at(MADE.plusSeconds(10)).check(earlier)).isEqualTo(FormTicket.Check.FORGED);
        assertThat(otherKey.check(ticket)).isEqualTo(FormTicket.Check.FORGED);
        for (String junk : new String[] {null, "", ".", "abc.def", "1" + ticket, ticket + "0", "x".repeat(100)}) {
            assertThat(at(MADE.plusSeconds(10)).check(junk)).as(String.valueOf(junk)).isEqualTo(FormTicket.Check.FORGED);
        }
    }
}
