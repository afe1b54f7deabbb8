package org.realtycrm.campaign.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An email or a text sends a template of its own channel; a task and a letter send none. */
class StepActionTest {

    @Test
    void an_email_and_a_text_send_a_template_of_their_channel() {
        assertThat(StepAction.EMAIL.sendsMessage()).isTrue();
        assertThat(StepAction.SMS.sendsMessage()).isTrue();
        assertThat(StepAction.EMAIL.channel()).isEqualTo(Channel.EMAIL);
        assertThat(StepAction.SMS.channel()).isEqualTo(Channel.SMS);
    }

    @ParameterizedTest
    @EnumSource(value = StepAction.class, names = {"TASK", "DIRECT_MAIL"})
    void a_task_and_a_letter_send_no_template_and_have_no_channel(StepAction action) {
        assertThat(action.sendsMessage()).isFalse();
        assertThatThrownBy(action::channel).isInstanceOf(IllegalStateException.class)
                .hasMessage(action + " sends no template");
    }
}
