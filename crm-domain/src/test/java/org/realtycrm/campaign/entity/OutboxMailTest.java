package org.realtycrm.campaign.entity;

import java.lang.reflect.Field;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Convert;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.RuleViolationException;
import org.realtycrm.platform.sealing.SealedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

    private static OutgoingMail alert() {
        return OutgoingMail.to("ana@example.com", "Ana Lima").subject("3 new listings").text("Hello Ana")
                .html("<p>Hello Ana</p>").category("alert")
                .oneClickUnsubscribe(URI.create("https://crm.example/unsubscribe/tok_1"))
                .header("X-Realty-Campaign", "spring")
                .idempotencyKey("alert:7:2026-11-02").build();
    }

    @Test
    void a_recorded_message_holds_what_was_asked_for_and_gives_it_back() {
        OutboxMail mail = OutboxMail.record(alert(), MailProvider.SENDGRID);

        assertThat(mail.getStatus()).isEqualTo(MailStatus.RECORDED);
        assertThat(mail.getAttempts()).isZero();
        assertThat(mail.getToAddress()).isEqualTo("ana@example.com");
        assertThat(mail.getHeaders()).containsOnly(
                Map.entry("List-Unsubscribe", "<https://crm.example/unsubscribe/tok_1>"),
                Map.entry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                Map.entry("X-Realty-Campaign", "spring"));
        assertThat(mail.outgoing()).isEqualTo(alert());
        assertThat(mail.awaitsDelivery()).isTrue();
    }

    @Test
    void the_recipient_and_the_bodies_are_sealed_at_rest_as_a_leads_email_is() throws NoSuchFieldException {
        for (String name : List.of("toAddress", "toName", "textBody", "htmlBody")) {
            Field field = OutboxMail.class.getDeclaredField(name);
            assertThat(field.getAnnotation(Convert.class)).as(name).isNotNull()
                    .extracting(Convert::converter).isEqualTo(SealedText.class);
        }
    }

    @Test
    void a_message_the_outbox_keeps_is_done_from_the_start() {
        OutboxMail mail = OutboxMail.record(alert(), MailProvider.OUTBOX);

        assertThat(mail.awaitsDelivery()).isFalse();
        mail.kept(); // the outbox's own answer changes nothing
        assertThat(mail.getStatus()).isEqualTo(MailStatus.RECORDED);
        assertThatThrownBy(() -> mail.sent(MailProvider.SENDGRID, "id", NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_sent_message_is_final() {
        OutboxMail mail = OutboxMail.record(alert(), MailProvider.SENDGRID);

        mail.sent(MailProvider.SENDGRID, " W8hHkRZ4 ", NOW);

        assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(mail.getProviderMessageId()).isEqualTo("W8hHkRZ4");
        assertThat(mail.getSentAt()).isEqualTo(NOW);
        assertThat(mail.getAttempts()).isEqualTo(1);
        assertThat(mail.awaitsDelivery()).isFalse();
        assertThatThrownBy(() -> mail.sent(MailProvider.SENDGRID, "again", NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("SENT");
        assertThatThrownBy(() -> mail.failed(MailProvider.SENDGRID, "late", true))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_permanent_failure_is_final_and_a_retryable_one_may_be_attempted_again() {
        OutboxMail refused = OutboxMail.record(alert(), MailProvider.SENDGRID);
        refused.failed(MailProvider.SENDGRID, "SendGrid answered 400: from: not verified", false);
        assertThat(refused.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(refused.mayRetry()).isFalse();
        assertThatThrownBy(() -> refused.sent(MailProvider.SENDGRID, "x", NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("for good");

        OutboxMail busy = OutboxMail.record(alert(), MailProvider.SENDGRID);
        busy.failed(MailProvider.SENDGRID, "SendGrid answered 429: too many requests", true);
        assertThat(busy.mayRetry()).isTrue();
        busy.sent(MailProvider.SENDGRID, "id-2", NOW);
        assertThat(busy.getAttempts()).isEqualTo(2);
        assertThat(busy.getError()).isNull();
        assertThat(busy.isRetryable()).isFalse();
    }

    @Test
    void a_retried_failure_on_a_server_that_no_longer_sends_is_kept() {
        OutboxMail mail = OutboxMail.record(alert(), MailProvider.SENDGRID);
        mail.failed(MailProvider.SENDGRID, "SendGrid could not be reached", true);

        mail.kept();

        assertThat(mail.getStatus()).isEqualTo(MailStatus.RECORDED);
        assertThat(mail.getProvider()).isEqualTo(MailProvider.OUTBOX);
        assertThat(mail.getError()).isNull();
        assertThat(mail.awaitsDelivery()).isFalse();
    }

    @Test
    void a_failure_has_a_reason_cut_to_its_column() {
        OutboxMail mail = OutboxMail.record(alert(), MailProvider.SENDGRID);
        assertThatThrownBy(() -> mail.failed(MailProvider.SENDGRID, " ", true))
                .isInstanceOf(IllegalArgumentException.class);

        mail.failed(MailProvider.SENDGRID, "e".repeat(5_000), true);

        assertThat(mail.getError()).hasSize(OutboxMail.MAX_ERROR).endsWith("...");
    }

    @Test
    void its_text_form_names_neither_the_recipient_nor_what_it_says() {
        assertThat(OutboxMail.record(alert(), MailProvider.SENDGRID).toString())
                .doesNotContain("ana@example.com", "Ana Lima", "Hello Ana", "3 new listings");
    }
}
