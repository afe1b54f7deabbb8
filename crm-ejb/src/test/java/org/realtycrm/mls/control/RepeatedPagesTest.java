package org.realtycrm.mls.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class RepeatedPagesTest {

    private static final Instant T = Instant.parse("2026-01-02T10:00:00Z");

    @Test
    void aFeedSendingTheSamePageAgainAndAgainIsStopped() {
        RepeatedPages pages = new RepeatedPages("Property");
        List<String> page = List.of("A", "B");

        check(pages, page);
        check(pages, page);
        check(pages, page);

        assertThatThrownBy(() -> check(pages, page)).isInstanceOf(RepeatedPages.NoProgressException.class)
                .hasMessageContaining("the same Property records 4 times in a row")
                .hasMessageContaining("B of 2026-01-02T10:00:00Z");
    }

    @Test
    void pagesThatMoveOnAndEmptyPagesPass() {
        RepeatedPages pages = new RepeatedPages("Member");

        assertThatCode(() -> {
            for (int i = 0; i < 10; i++) {
                check(pages, List.of("A" + i, "B" + i));
                check(pages, List.of());
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void aRepeatFollowedByProgressStartsCountingAgain() {
        RepeatedPages pages = new RepeatedPages("Property");

        assertThatCode(() -> {
            for (int i = 0; i < 5; i++) {
                check(pages, List.of("A" + i));
                check(pages, List.of("A" + i));
                check(pages, List.of("A" + i));
            }
        }).doesNotThrowAnyException();
    }

    /** Records named by their key, all of one version. */
    private static void check(RepeatedPages pages, List<String> keys) {
        pages.check(keys, key -> key, key -> T);
    }
}
