package org.realtycrm.task.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarFeedTest {

    @Test
    void aFeedsSecretIs256RandomBitsFoundByItsHash() {
        CalendarFeed feed = new CalendarFeed(7);

        assertThat(feed.getSecret()).matches("[0-9a-f]{64}");
        assertThat(CalendarFeed.wellFormed(feed.getSecret())).isTrue();
        assertThat(CalendarFeed.hash(feed.getSecret())).matches("[0-9a-f]{64}").isNotEqualTo(feed.getSecret());
        assertThat(new CalendarFeed(7).getSecret()).isNotEqualTo(feed.getSecret());
    }

    @Test
    void renewedItsOldSecretNoLongerFindsIt() {
        CalendarFeed feed = new CalendarFeed(7);
        String old = feed.getSecret();

        feed.renew();

        assertThat(feed.getSecret()).isNotEqualTo(old);
        assertThat(CalendarFeed.hash(feed.getSecret())).isNotEqualTo(CalendarFeed.hash(old));
    }

    @Test
    void onlyOurShapeIsLookedUp() {
        assertThat(CalendarFeed.wellFormed(null)).isFalse();
        assertThat(CalendarFeed.wellFormed("../../etc/passwd")).isFalse();
        assertThat(CalendarFeed.wellFormed("AB".repeat(32))).isFalse();
        assertThat(CalendarFeed.wellFormed("ab".repeat(32))).isTrue();
    }

    @Test
    void theHashIsSha256() {
        // SHA-256 of "abc" (FIPS 180-2, appendix B.1)
        assertThat(CalendarFeed.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
