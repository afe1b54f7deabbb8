package org.realtycrm.mls.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RepeatedPagesTest {

    @Test
    void aFeedSendingTheSamePageAgainAndAgainIsStopped() {
        RepeatedPages pages = new RepeatedPages("Property");
        List<String> page = List.of("A of 2026-01-02T10:00:00Z", "B of 2026-01-02T10:00:00Z");

        pages.check(page);
        pages.check(page);
        pages.check(page);

        assertThatThrownBy(() -> pages.check(page)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the same Property records 4 times in a row")
                .hasMessageContaining("B of 2026-01-02T10:00:00Z");
    }

    @Test
    void pagesThatMoveOnAndEmptyPagesPass() {
        RepeatedPages pages = new RepeatedPages("Member");

        assertThatCode(() -> {
            for (int i = 0; i < 10; i++) {
                pages.check(List.of("A" + i, "B" + i));
                pages.check(List.of());
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void aRepeatFollowedByProgressStartsCountingAgain() {
        RepeatedPages pages = new RepeatedPages("Property");

        assertThatCode(() -> {
            for (int i = 0; i < 5; i++) {
                pages.check(List.of("A" + i));
                pages.check(List.of("A" + i));
                pages.check(List.of("A" + i));
            }
        }).doesNotThrowAnyException();
    }
}
