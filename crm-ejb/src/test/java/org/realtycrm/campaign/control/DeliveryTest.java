package org.realtycrm.campaign.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeliveryTest {

    @Test
    void a_lost_answer_is_a_failure_for_good_that_says_the_message_may_have_gone() {
        Delivery lost = Delivery.answerLost("Twilio", "text", "Read timed out");

        assertThat(lost.outcome()).isEqualTo(Delivery.Outcome.FAILED);
        assertThat(lost.retryable()).as("sending again could deliver it twice").isFalse();
        assertThat(lost.error()).isEqualTo("Twilio's answer was lost; the text may have gone out: Read timed out");
        assertThat(Delivery.mayHaveGone(lost.error())).isTrue();
        assertThat(Delivery.mayHaveGone(Delivery.answerLost("SendGrid", "message", "cut").error())).isTrue();
    }

    @Test
    void other_failures_did_not_go() {
        assertThat(Delivery.mayHaveGone(Delivery.failedForNow("Twilio could not be reached: refused").error()))
                .isFalse();
        assertThat(Delivery.mayHaveGone(Delivery.refused("Twilio refused it (21211): invalid number").error()))
                .isFalse();
        assertThat(Delivery.mayHaveGone(null)).isFalse();
    }
}
