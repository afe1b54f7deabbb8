package org.realtycrm.mls.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;

class FeedCursorTest {

    private static final Instant T1 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2025-03-01T10:00:00.001Z");

    @Test
    void cursorsOrderByTimestampThenListingKey() {
        FeedCursor t1a = new FeedCursor(T1, "A");
        FeedCursor t1b = new FeedCursor(T1, "B");
        FeedCursor t2a = new FeedCursor(T2, "A");
        List<FeedCursor> cursors = new ArrayList<>(List.of(t2a, t1b, t1a));

        Collections.sort(cursors);

        assertThat(cursors).containsExactly(t1a, t1b, t2a);
        assertThat(t1b.isAfter(t1a)).isTrue();
        assertThat(t2a.isAfter(t1b)).as("a later timestamp wins over a later key").isTrue();
        assertThat(t1a.isAfter(t1b)).isFalse();
    }

    @Test
    void equalCursorsCompareEqual() {
        assertThat(new FeedCursor(T1, "A")).isEqualTo(new FeedCursor(T1, "A"))
                .hasSameHashCodeAs(new FeedCursor(T1, "A"));
        assertThat(new FeedCursor(T1, "A").compareTo(new FeedCursor(T1, "A"))).isZero();
        assertThat(new FeedCursor(T1, "A").isAfter(new FeedCursor(T1, "A"))).isFalse();
    }

    @Test
    void aCursorNeedsBothParts() {
        assertThatThrownBy(() -> new FeedCursor(null, "A")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FeedCursor(T1, " ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCursorKeepsTheProvidersTimestampToTheNanosecond() {
        // some RESO servers send 100 ns; cut to the microsecond, the cursor would sit before its own record
        Instant sent = Instant.parse("2025-03-01T10:00:00.1234567Z");

        FeedCursor cursor = new FeedCursor(sent, "A");

        assertThat(cursor.modificationTimestamp()).isEqualTo(sent);
        assertThat(cursor.isAfter(new FeedCursor(Instant.parse("2025-03-01T10:00:00.123456Z"), "B")))
                .as("after a record of the same microsecond but earlier").isTrue();
    }
}
