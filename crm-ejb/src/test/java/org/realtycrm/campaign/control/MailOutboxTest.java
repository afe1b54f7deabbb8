package org.realtycrm.campaign.control;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.campaign.entity.MailProvider;
import org.realtycrm.campaign.entity.MailStatus;
import org.realtycrm.campaign.entity.OutboxEntry;
import org.realtycrm.campaign.entity.OutboxMail;
import org.realtycrm.campaign.entity.OutboxMailRepository;
import org.realtycrm.campaign.entity.OutgoingMail;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox's rules around the port: a message is recorded before it is handed over, the same idempotency key never
 * sends twice (also when two calls meet), the answer is recorded, a retryable failure may be attempted again.
 */
class MailOutboxTest {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

    private final InMemoryMails mails = new InMemoryMails();
    private final ScriptedMailer mailer = new ScriptedMailer();
    private final MailOutbox outbox = new MailOutbox();

    @BeforeEach
    void wire() {
        OutboxLedger ledger = new OutboxLedger();
        ledger.mails = mails;
        ledger.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        outbox.ledger = ledger;
        outbox.mailer = mailer;
    }

    private static OutgoingMail invite(String key) {
        return OutgoingMail.to("client@example.com", "Client").subject("Your portal invitation")
                .text("Welcome").category("invite").idempotencyKey(key).build();
    }

    @Test
    void a_message_is_recorded_before_the_provider_sees_it_and_its_answer_is_recorded() {
        mailer.answers(Delivery.sent("msg-1"));

        OutboxMail sent = outbox.send(invite("invite:42"));

        assertThat(mailer.handedOver).containsExactly(sent.getId());
        assertThat(mailer.recordedWhenHandedOver).containsExactly(true);
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getProvider()).isEqualTo(MailProvider.SENDGRID);
        assertThat(sent.getProviderMessageId()).isEqualTo("msg-1");
        assertThat(sent.getSentAt()).isEqualTo(NOW);
        assertThat(sent.getAttempts()).isEqualTo(1);
    }

    @Test
    void the_same_idempotency_key_again_answers_the_first_record_and_sends_nothing() {
        mailer.answers(Delivery.sent("msg-1"));
        OutboxMail first = outbox.send(invite("invite:42"));

        OutboxMail again = outbox.send(invite("invite:42"));

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(again.getProviderMessageId()).isEqualTo("msg-1");
        assertThat(mailer.handedOver).hasSize(1);
        assertThat(mails.byId).hasSize(1);
    }

    @Test
    void the_same_key_recorded_meanwhile_by_another_call_is_answered_with_theirs_and_not_sent() {
        mailer.answers(Delivery.sent("msg-1"));
        OutboxMail theirs = outbox.send(invite("invite:42"));
        mails.missNextLookUp = true; // as if our look-up ran just before their insert

        OutboxMail ours = outbox.send(invite("invite:42"));

        assertThat(ours.getId()).isEqualTo(theirs.getId());
        assertThat(mailer.handedOver).hasSize(1);
        assertThat(mails.byId).hasSize(1);
    }

    @Test
    void different_keys_are_different_messages() {
        mailer.answers(Delivery.sent("msg-1"), Delivery.sent("msg-2"));

        outbox.send(invite("invite:42"));
        outbox.send(invite("invite:43"));

        assertThat(mailer.handedOver).hasSize(2);
    }

    @Test
    void the_outbox_provider_keeps_the_message_recorded_and_writes_nothing_more() {
        mailer.provider = MailProvider.OUTBOX;
        mailer.answers(Delivery.kept());

        OutboxMail kept = outbox.send(invite("invite:42"));

        assertThat(kept.getStatus()).isEqualTo(MailStatus.RECORDED);
        assertThat(kept.getProvider()).isEqualTo(MailProvider.OUTBOX);
        assertThat(kept.getAttempts()).isZero();
        assertThat(kept.awaitsDelivery()).isFalse();
        assertThat(mails.lookUpsById).isZero();
    }

    @Test
    void a_permanent_failure_is_recorded_and_never_attempted_again() {
        mailer.answers(Delivery.refused("SendGrid answered 400: to: invalid"));

        OutboxMail failed = outbox.send(invite("invite:42"));

        assertThat(failed.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.getError()).isEqualTo("SendGrid answered 400: to: invalid");
        assertThat(failed.isRetryable()).isFalse();
        assertThatThrownBy(() -> outbox.retry(failed.getId())).isInstanceOf(ConflictException.class);
        assertThat(mailer.handedOver).hasSize(1);
    }

    @Test
    void a_retryable_failure_is_attempted_again_with_the_same_message_and_counts_its_attempts() {
        mailer.answers(Delivery.failedForNow("SendGrid answered 429: too many requests"), Delivery.sent("msg-9"));
        OutboxMail failed = outbox.send(invite("invite:42"));
        assertThat(failed.mayRetry()).isTrue();

        OutboxMail sent = outbox.retry(failed.getId());

        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getError()).isNull();
        assertThat(sent.isRetryable()).isFalse();
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(mailer.mailsHandedOver).extracting(OutgoingMail::idempotencyKey)
                .containsExactly("invite:42", "invite:42");
        assertThatThrownBy(() -> outbox.retry(sent.getId())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("SENT");
    }

    @Test
    void an_adapter_that_breaks_leaves_a_permanent_failure_instead_of_a_message_in_limbo() {
        mailer.breaks = true;

        OutboxMail failed = outbox.send(invite("invite:42"));

        assertThat(failed.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.isRetryable()).isFalse();
        assertThat(failed.getError()).contains("SENDGRID failed unexpectedly (IllegalStateException)");
    }

    /** A provider that answers what the test scripts, and notes what it was handed. */
    private final class ScriptedMailer implements Mailer {
        MailProvider provider = MailProvider.SENDGRID;
        final List<Delivery> script = new ArrayList<>();
        final List<Long> handedOver = new ArrayList<>();
        final List<Boolean> recordedWhenHandedOver = new ArrayList<>();
        final List<OutgoingMail> mailsHandedOver = new ArrayList<>();
        boolean breaks;

        void answers(Delivery... deliveries) {
            script.addAll(List.of(deliveries));
        }

        @Override
        public MailProvider provider() {
            return provider;
        }

        @Override
        public Delivery send(long outboxId, OutgoingMail mail) {
            handedOver.add(outboxId);
            recordedWhenHandedOver.add(mails.byId.containsKey(outboxId));
            mailsHandedOver.add(mail);
            if (breaks) {
                throw new IllegalStateException("bug");
            }
            return script.remove(0);
        }
    }

    /** The repository's contract in memory: ids assigned on add, the idempotency key unique. */
    private static final class InMemoryMails implements OutboxMailRepository {
        final Map<Long, OutboxMail> byId = new LinkedHashMap<>();
        private final AtomicLong ids = new AtomicLong();
        boolean missNextLookUp;
        int lookUpsById;

        @Override
        public OutboxMail add(OutboxMail mail) {
            boolean taken = byId.values().stream()
                    .anyMatch(stored -> stored.getIdempotencyKey().equals(mail.getIdempotencyKey()));
            if (taken) {
                throw new PersistenceException("duplicate key value violates unique constraint "
                        + "\"outbox_mails_idempotency_key_key\"");
            }
            long id = ids.incrementAndGet();
            assignId(mail, id);
            byId.put(id, mail);
            return mail;
        }

        @Override
        public Optional<OutboxMail> find(long id) {
            lookUpsById++;
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<OutboxMail> findByIdempotencyKey(String key) {
            if (missNextLookUp) {
                missNextLookUp = false;
                return Optional.empty();
            }
            return byId.values().stream().filter(mail -> mail.getIdempotencyKey().equals(key)).findFirst();
        }

        @Override
        public Page<OutboxEntry> page(PageRequest page) {
            throw new UnsupportedOperationException();
        }

        /** What the database's identity column does. */
        private static void assignId(OutboxMail mail, long id) {
            try {
                Field field = OutboxMail.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(mail, id);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
