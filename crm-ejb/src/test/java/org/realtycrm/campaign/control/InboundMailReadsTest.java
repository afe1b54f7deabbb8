package org.realtycrm.campaign.control;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.BusyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Inbound Parse posts read at once: as many as configured, one more answered busy, a closed turn let go once. */
class InboundMailReadsTest {

    private static InboundMailReads reads(int concurrentReads) {
        InboundMailReads reads = new InboundMailReads();
        reads.concurrentReads = concurrentReads;
        reads.wait = Duration.ofMillis(10);
        reads.create();
        return reads;
    }

    @Test
    void as_many_as_configured_are_read_at_once_and_one_more_is_busy() {
        InboundMailReads reads = reads(2);
        InboundMailReads.Turn first = reads.await();
        InboundMailReads.Turn second = reads.await();

        assertThatThrownBy(reads::await).isInstanceOfSatisfying(BusyException.class, busy ->
                assertThat(busy.retryAfterSeconds()).isEqualTo(InboundMailReads.RETRY_AFTER_SECONDS))
                .hasMessageContaining("(2)");

        first.close();
        assertThatCode(() -> reads.await().close()).doesNotThrowAnyException();
        second.close();
    }

    @Test
    void a_turn_closed_twice_lets_one_post_in_not_two() {
        InboundMailReads reads = reads(1);
        InboundMailReads.Turn turn = reads.await();
        turn.close();
        turn.close();

        InboundMailReads.Turn next = reads.await();

        assertThatThrownBy(reads::await).isInstanceOf(BusyException.class);
        next.close();
    }

    @Test
    void fewer_than_one_is_taken_as_one() {
        InboundMailReads reads = reads(0);

        try (InboundMailReads.Turn turn = reads.await()) {
            assertThatThrownBy(reads::await).isInstanceOf(BusyException.class);
        }
    }
}
