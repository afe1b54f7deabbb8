package org.realtycrm.campaign.entity;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/**
 * A text in the outbox: recorded before any provider sees it (kept for good by the outbox provider, awaiting a sending
 * provider's answer otherwise), sent with its message SID and time, failed with its code and whether it may be tried
 * again, or refused by the gate with its reasons and never handed over; the carrier's later reports kept in order,
 * a late earlier stage changing nothing; the text as asked for given back; neither number nor body in its text form.
 * (The sealed number and body are plain fields here: the persistence converters do not run in a unit test.)
 */
class OutboxTextTest {

    private static final Instant NOW = Instant.parse("2026-11-02T15:00:00Z");
    private static final String TO = "+12125550143";
    private static final String BODY = "Hi Ana, the open house at 12 Elm St starts at 2 pm. Reply STOP to opt out.";
    private static final String KEY = "conversation:lead-7:msg-3";
    private static final String SID = "SM0123456789abcdef0123456789abcdef";
    private static final String REFUSALS = "[{\"reason\":\"INTERNAL_DNC\",\"detail\":\"INTERNAL_DNC (internal entry 4)\"}]";

    private static OutgoingText text() {
        return new OutgoingText(TO, BODY, KEY);
    }

    private static OutboxText recorded(TextProvider provider) {
        return OutboxText.record(text(), TextCategory.CONVERSATION, 7L, 3L, provider);
    }

    @Test
    void a_recorded_text_holds_what_was_asked_for_and_awaits_its_provider() {
        OutboxText text = recorded(TextProvider.TWILIO);

        assertThat(text.getStatus()).isEqualTo(TextStatus.RECORDED);
        assertThat(text.getProvider()).isEqualTo(TextProvider.TWILIO);
        assertThat(text.getCategory()).isEqualTo("conversation");
        assertThat(text.getLeadId()).isEqualTo(7L);
        assertThat(text.getSentBy()).isEqualTo(3L);
        assertThat(text.getToPhone()).isEqualTo(TO);
        assertThat(text.getBody()).isEqualTo(BODY);
        assertThat(text.getIdempotencyKey()).isEqualTo(KEY);
        assertThat(text.getAttempts()).isZero();
        assertThat(text.getRefusal()).isNull();
        assertThat(text.getProviderMessageId()).isNull();
        assertThat(text.getCarrierStatus()).isNull();
        assertThat(text.getSentAt()).isNull();
        assertThat(text.awaitsDelivery()).isTrue();
        assertThat(text.mayRetry()).isFalse();
    }

    @Test
    void a_text_the_outbox_keeps_is_done_from_the_start() {
        OutboxText text = recorded(TextProvider.OUTBOX);

        assertThat(text.awaitsDelivery()).isFalse();
        text.kept(); // the outbox's own answer changes nothing
        assertThat(text.getStatus()).isEqualTo(TextStatus.RECORDED);
        assertThat(text.getAttempts()).isZero();
        assertThatThrownBy(() -> text.sent(TextProvider.TWILIO, SID, NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_category_that_is_not_a_lower_case_word_is_refused() {
        assertThatThrownBy(() -> OutboxText.record(text(), "Campaign!", null, null, TextProvider.TWILIO))
                .asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("category"));
    }

    @Test
    void a_sent_text_keeps_its_message_sid_and_time_and_is_final() {
        OutboxText text = recorded(TextProvider.TWILIO);

        text.sent(TextProvider.TWILIO, " " + SID + " ", NOW);

        assertThat(text.getStatus()).isEqualTo(TextStatus.SENT);
        assertThat(text.getProviderMessageId()).isEqualTo(SID);
        assertThat(text.getSentAt()).isEqualTo(NOW);
        assertThat(text.getAttempts()).isEqualTo(1);
        assertThat(text.getError()).isNull();
        assertThat(text.getErrorCode()).isNull();
        assertThat(text.awaitsDelivery()).isFalse();
        assertThatThrownBy(() -> text.sent(TextProvider.TWILIO, "SMagain", NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("SENT");
        assertThatThrownBy(() -> text.failed(TextProvider.TWILIO, "late", null, true))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_blank_message_sid_is_kept_as_none() {
        OutboxText text = recorded(TextProvider.TWILIO);

        text.sent(TextProvider.TWILIO, "  ", NOW);

        assertThat(text.getProviderMessageId()).isNull();
        assertThat(text.getStatus()).isEqualTo(TextStatus.SENT);
    }

    @Test
    void a_permanent_failure_keeps_its_reason_and_code_and_is_final() {
        OutboxText text = recorded(TextProvider.TWILIO);

        text.failed(TextProvider.TWILIO, " Twilio answered 400: Attempt to send to unsubscribed recipient ", "21610",
                false);

        assertThat(text.getStatus()).isEqualTo(TextStatus.FAILED);
        assertThat(text.getError()).isEqualTo("Twilio answered 400: Attempt to send to unsubscribed recipient");
        assertThat(text.getErrorCode()).isEqualTo("21610");
        assertThat(text.isRetryable()).isFalse();
        assertThat(text.mayRetry()).isFalse();
        assertThat(text.awaitsDelivery()).isFalse();
        assertThat(text.getAttempts()).isEqualTo(1);
        assertThatThrownBy(() -> text.sent(TextProvider.TWILIO, SID, NOW)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_retryable_failure_may_be_attempted_again_and_a_success_clears_it() {
        OutboxText text = recorded(TextProvider.TWILIO);

        text.failed(TextProvider.TWILIO, "Twilio answered 429: too many requests", "20429", true);

        assertThat(text.getStatus()).isEqualTo(TextStatus.FAILED);
        assertThat(text.getErrorCode()).isEqualTo("20429");
        assertThat(text.isRetryable()).isTrue();
        assertThat(text.mayRetry()).isTrue();
        assertThat(text.awaitsDelivery()).isTrue();

        text.sent(TextProvider.TWILIO, SID, NOW);

        assertThat(text.getStatus()).isEqualTo(TextStatus.SENT);
        assertThat(text.getAttempts()).isEqualTo(2);
        assertThat(text.getError()).isNull();
        assertThat(text.getErrorCode()).isNull();
        assertThat(text.isRetryable()).isFalse();
    }

    @Test
    void a_failure_has_a_reason_cut_to_its_column() {
        OutboxText text = recorded(TextProvider.TWILIO);
        assertThatThrownBy(() -> text.failed(TextProvider.TWILIO, " ", null, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> text.failed(TextProvider.TWILIO, null, null, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(text.getAttempts()).isZero();

        text.failed(TextProvider.TWILIO, "e".repeat(5_000), null, true);

        assertThat(text.getError()).hasSize(OutboxText.MAX_ERROR).endsWith("...");
        assertThat(text.getErrorCode()).isNull();
    }

    @Test
    void a_refused_text_keeps_the_gate_s_reasons_and_is_never_handed_to_a_provider() {
        OutboxText text = OutboxText.refused(text(), TextCategory.CAMPAIGN, 7L, null, TextProvider.TWILIO, REFUSALS);

        assertThat(text.getStatus()).isEqualTo(TextStatus.REFUSED);
        assertThat(text.getRefusal()).isEqualTo(REFUSALS);
        assertThat(text.getProvider()).isEqualTo(TextProvider.TWILIO);
        assertThat(text.awaitsDelivery()).isFalse();
        assertThat(text.mayRetry()).isFalse();
        assertThatThrownBy(() -> text.sent(TextProvider.TWILIO, SID, NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("REFUSED");
        assertThatThrownBy(() -> text.failed(TextProvider.TWILIO, "late", null, false))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(text::kept).isInstanceOf(RuleViolationException.class);
        assertThat(text.getStatus()).isEqualTo(TextStatus.REFUSED);
        assertThat(text.getAttempts()).isZero();
    }

    @Test
    void a_refused_text_needs_its_reasons() {
        assertThatThrownBy(() -> OutboxText.refused(text(), TextCategory.CAMPAIGN, 7L, null, TextProvider.TWILIO,
                null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void the_carrier_s_reports_are_kept_in_their_order() {
        OutboxText text = sent();

        assertThat(text.carrierReported("queued", null)).isTrue();
        assertThat(text.getCarrierStatus()).isEqualTo("queued");
        assertThat(text.carrierReported("sent", null)).isTrue();
        assertThat(text.getCarrierStatus()).isEqualTo("sent");
        assertThat(text.carrierReported("delivered", null)).isTrue();
        assertThat(text.getCarrierStatus()).isEqualTo("delivered");
        assertThat(text.carrierReported("read", null)).isTrue();
        assertThat(text.getCarrierStatus()).isEqualTo("read");
        assertThat(text.getStatus()).isEqualTo(TextStatus.SENT);
    }

    @Test
    void an_earlier_stage_arriving_after_a_final_one_changes_nothing() {
        OutboxText text = sent();
        text.carrierReported("delivered", null);

        assertThat(text.carrierReported("sent", null)).isFalse();
        assertThat(text.carrierReported("queued", null)).isFalse();
        assertThat(text.carrierReported("sending", "30001")).isFalse();

        assertThat(text.getCarrierStatus()).isEqualTo("delivered");
        assertThat(text.getErrorCode()).isNull();
    }

    @Test
    void the_same_report_twice_changes_nothing_the_second_time() {
        OutboxText text = sent();

        assertThat(text.carrierReported("sent", null)).isTrue();
        assertThat(text.carrierReported("sent", null)).isFalse();
        assertThat(text.carrierReported(" SENT ", null)).isFalse();
    }

    @Test
    void a_report_is_read_in_any_case_and_kept_lower_case() {
        OutboxText text = sent();

        assertThat(text.carrierReported(" Delivered ", null)).isTrue();

        assertThat(text.getCarrierStatus()).isEqualTo("delivered");
    }

    @Test
    void an_undelivered_report_keeps_the_carrier_s_error_code() {
        OutboxText text = sent();
        text.carrierReported("sent", null);

        assertThat(text.carrierReported("undelivered", " 30003 ")).isTrue();

        assertThat(text.getCarrierStatus()).isEqualTo("undelivered");
        assertThat(text.getErrorCode()).isEqualTo("30003");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bounced", "", " ", "deliver", "SMS"})
    void a_status_word_twilio_does_not_use_is_refused(String word) {
        OutboxText text = sent();

        assertThatThrownBy(() -> text.carrierReported(word, null)).asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> assertThat(e.errors()).extracting(error -> error.field())
                        .containsExactly("MessageStatus"));
        assertThat(text.getCarrierStatus()).isNull();
    }

    @Test
    void no_status_word_is_refused() {
        OutboxText text = sent();

        assertThatThrownBy(() -> text.carrierReported(null, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_text_is_given_back_as_it_was_asked_for() {
        assertThat(recorded(TextProvider.TWILIO).outgoing()).isEqualTo(text());
        assertThat(OutboxText.refused(text(), TextCategory.CAMPAIGN, null, null, TextProvider.OUTBOX, REFUSALS)
                .outgoing()).isEqualTo(text());
    }

    @Test
    void its_text_form_names_neither_the_number_nor_what_it_says() {
        OutboxText text = recorded(TextProvider.TWILIO);

        assertThat(text.toString()).doesNotContain(TO, "2125550143", BODY, "Ana", "Elm St")
                .contains("conversation", "RECORDED", "TWILIO");
    }

    private static OutboxText sent() {
        OutboxText text = recorded(TextProvider.TWILIO);
        text.sent(TextProvider.TWILIO, SID, NOW);
        return text;
    }
}
