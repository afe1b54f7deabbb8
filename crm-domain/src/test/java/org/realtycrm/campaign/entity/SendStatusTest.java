package org.realtycrm.campaign.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Settled: nothing more happens to the send (a dead letter only by an admin's replay); the others go on. */
class SendStatusTest {

    @ParameterizedTest
    @EnumSource(value = SendStatus.class, names = {"SENT", "REFUSED", "FAILED", "SKIPPED", "MAILED"})
    void a_send_that_went_or_never_will_is_settled(SendStatus status) {
        assertThat(status.isSettled()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = SendStatus.class, names = {"QUEUED", "HELD", "RETRYING", "AWAITING_BATCH"})
    void a_send_still_on_its_way_is_not_settled(SendStatus status) {
        assertThat(status.isSettled()).isFalse();
    }
}
