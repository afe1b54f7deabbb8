package org.realtycrm.campaign.entity;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.realtycrm.platform.problem.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A send's fate: the sender settles only a queued send (sent, held, refused, retrying, failed, skipped), the ticker
 * queues again only a held or retrying one, an admin replays only a dead letter, and a letter is mailed or skipped
 * only while it awaits its batch. The outbox key changes exactly when nothing went out under the last one.
 * (Sends are made by the ticker's insert, never by the constructor: a test sets the stored fields as the database
 * would.)
 */
class CampaignSendTest {

    private static final Instant NOW = Instant.parse("2026-11-02T15:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(600);
    private static final BigDecimal PRICE = new BigDecimal("0.0083");
    private static final String REFUSALS = "[{\"reason\":\"QUIET_HOURS\",\"detail\":\"outside 8 am to 9 pm\"}]";

    /** A send as the database gives it back: with its id, in {@code status}. */
    private static CampaignSend send(long id, SendStatus status) {
        CampaignSend send = new CampaignSend();
        set(send, "id", id);
        set(send, "status", status);
        return send;
    }

    private static CampaignSend queued() {
        return send(41L, SendStatus.QUEUED);
    }

    private static void set(CampaignSend send, String name, Object value) {
        try {
            Field field = CampaignSend.class.getDeclaredField(name);
            field.setAccessible(true);
            field.set(send, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CampaignSend." + name + " could not be set", e);
        }
    }

    /** Each thing the sender may do to a queued send. */
    private static List<Consumer<CampaignSend>> senderMoves() {
        List<Consumer<CampaignSend>> moves = new ArrayList<>();
        moves.add(send -> send.sent(1L, null, PRICE, NOW));
        moves.add(send -> send.held(REFUSALS, 1L, LATER));
        moves.add(send -> send.refused(REFUSALS, 1L, "on the Do-Not-Call list"));
        moves.add(send -> send.retrying(1L, null, "Twilio answered 503", LATER));
        moves.add(send -> send.failed(1L, null, "Twilio answered 400"));
        moves.add(send -> send.skipped("the lead has no phone number to text"));
        return moves;
    }

    // the outbox key and the variant

    @Test
    void the_outbox_key_names_the_send_and_its_try() {
        CampaignSend send = queued();

        assertThat(send.outboxKey()).isEqualTo("campaign-send:41:0");
        assertThat(send.getTries()).isZero();
    }

    @Test
    void the_outbox_key_fits_the_outboxes_rules_for_a_key() {
        CampaignSend send = send(Long.MAX_VALUE, SendStatus.QUEUED);

        // both outboxes take it as an idempotency key: no exception
        assertThat(new OutgoingText("+12125550143", "Hi", send.outboxKey()).idempotencyKey())
                .isEqualTo("campaign-send:9223372036854775807:0");
    }

    // what the sender does with a queued send

    @Test
    void a_queued_send_is_worked_by_the_sender() {
        assertThat(queued().isQueued()).isTrue();
        assertThat(send(1L, SendStatus.HELD).isQueued()).isFalse();
        assertThat(send(1L, SendStatus.SENT).isQueued()).isFalse();
    }

    @Test
    void a_sent_send_keeps_its_outbox_row_price_and_time_under_the_same_key() {
        CampaignSend send = queued();
        set(send, "nextAttemptAt", NOW);
        String key = send.outboxKey();

        send.sent(null, 9L, PRICE, LATER);

        assertThat(send.getStatus()).isEqualTo(SendStatus.SENT);
        assertThat(send.getOutboxTextId()).isNull();
        assertThat(send.getOutboxMailId()).isEqualTo(9L);
        assertThat(send.getCost()).isEqualByComparingTo("0.0083");
        assertThat(send.getSentAt()).isEqualTo(LATER);
        assertThat(send.getNextAttemptAt()).isNull();
        assertThat(send.outboxKey()).isEqualTo(key);
        assertThat(send.isQueued()).isFalse();
        assertThat(send.getStatus().isSettled()).isTrue();
    }

    @Test
    void a_send_costs_nothing_until_it_goes() {
        assertThat(queued().getCost()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void a_sent_send_needs_a_price() {
        assertThatThrownBy(() -> queued().sent(1L, null, null, NOW)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("price");
    }

    @Test
    void a_held_send_goes_again_at_its_time_under_a_new_key() {
        CampaignSend send = queued();
        String key = send.outboxKey();

        send.held(REFUSALS, 5L, LATER);

        assertThat(send.getStatus()).isEqualTo(SendStatus.HELD);
        assertThat(send.getRefusal()).isEqualTo(REFUSALS);
        assertThat(send.getOutboxTextId()).isEqualTo(5L);
        assertThat(send.getNextAttemptAt()).isEqualTo(LATER);
        assertThat(send.getTries()).isEqualTo(1);
        assertThat(send.getFailures()).isZero();
        assertThat(send.outboxKey()).isNotEqualTo(key).isEqualTo("campaign-send:41:1");
        assertThat(send.getStatus().isSettled()).isFalse();
    }

    @Test
    void a_refused_send_keeps_the_refusal_and_why_and_is_settled_under_the_same_key() {
        CampaignSend send = queued();
        set(send, "nextAttemptAt", NOW);

        send.refused(REFUSALS, 5L, "on the national Do-Not-Call list");

        assertThat(send.getStatus()).isEqualTo(SendStatus.REFUSED);
        assertThat(send.getRefusal()).isEqualTo(REFUSALS);
        assertThat(send.getOutboxTextId()).isEqualTo(5L);
        assertThat(send.getNote()).isEqualTo("on the national Do-Not-Call list");
        assertThat(send.getNextAttemptAt()).isNull();
        assertThat(send.getTries()).isZero();
        assertThat(send.getStatus().isSettled()).isTrue();
    }

    @Test
    void a_retrying_send_counts_the_failure_and_goes_again_under_a_new_key() {
        CampaignSend send = queued();

        send.retrying(null, 8L, "SendGrid answered 503", LATER);

        assertThat(send.getStatus()).isEqualTo(SendStatus.RETRYING);
        assertThat(send.getOutboxMailId()).isEqualTo(8L);
        assertThat(send.getNote()).isEqualTo("SendGrid answered 503");
        assertThat(send.getFailures()).isEqualTo(1);
        assertThat(send.getTries()).isEqualTo(1);
        assertThat(send.getNextAttemptAt()).isEqualTo(LATER);
        assertThat(send.outboxKey()).isEqualTo("campaign-send:41:1");
        assertThat(send.getStatus().isSettled()).isFalse();
    }

    @Test
    void a_failed_send_is_a_dead_letter_counting_the_failure() {
        CampaignSend send = queued();
        send.retrying(null, 8L, "SendGrid answered 503", LATER);
        send.requeue();

        send.failed(null, 9L, "SendGrid answered 400: invalid address");

        assertThat(send.getStatus()).isEqualTo(SendStatus.FAILED);
        assertThat(send.getOutboxMailId()).isEqualTo(9L);
        assertThat(send.getNote()).isEqualTo("SendGrid answered 400: invalid address");
        assertThat(send.getFailures()).isEqualTo(2);
        assertThat(send.getTries()).isEqualTo(1); // the try that failed keeps its key
        assertThat(send.getNextAttemptAt()).isNull();
        assertThat(send.getStatus().isSettled()).isTrue();
    }

    @Test
    void a_skipped_send_keeps_why() {
        CampaignSend send = queued();
        set(send, "nextAttemptAt", NOW);

        send.skipped("the lead has no email address");

        assertThat(send.getStatus()).isEqualTo(SendStatus.SKIPPED);
        assertThat(send.getNote()).isEqualTo("the lead has no email address");
        assertThat(send.getNextAttemptAt()).isNull();
        assertThat(send.getTries()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = SendStatus.class, names = "QUEUED", mode = EnumSource.Mode.EXCLUDE)
    void the_sender_works_only_a_queued_send(SendStatus status) {
        for (Consumer<CampaignSend> move : senderMoves()) {
            CampaignSend send = send(17L, status);

            assertThatThrownBy(() -> move.accept(send)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("campaign send 17 is " + status);
            assertThat(send.getStatus()).isEqualTo(status);
            assertThat(send.getTries()).isZero();
            assertThat(send.getFailures()).isZero();
            assertThat(send.getNote()).isNull();
        }
    }

    @Test
    void a_settled_send_is_not_settled_again() {
        CampaignSend send = queued();
        send.sent(1L, null, PRICE, NOW);

        assertThatThrownBy(() -> send.failed(1L, null, "late")).isInstanceOf(IllegalStateException.class);
        assertThat(send.getStatus()).isEqualTo(SendStatus.SENT);
        assertThat(send.getFailures()).isZero();
    }

    // queued again

    @Test
    void a_held_send_is_queued_again_under_its_new_key() {
        CampaignSend send = queued();
        send.held(REFUSALS, null, LATER);

        send.requeue();

        assertThat(send.getStatus()).isEqualTo(SendStatus.QUEUED);
        assertThat(send.getNextAttemptAt()).isNull();
        assertThat(send.outboxKey()).isEqualTo("campaign-send:41:1");
        assertThat(send.isQueued()).isTrue();
    }

    @Test
    void a_retrying_send_is_queued_again_and_each_try_has_its_own_key() {
        CampaignSend send = queued();
        List<String> keys = new ArrayList<>(List.of(send.outboxKey()));

        for (int i = 0; i < 3; i++) {
            send.retrying(null, null, "timeout", LATER);
            send.requeue();
            keys.add(send.outboxKey());
        }

        assertThat(keys).doesNotHaveDuplicates().hasSize(4);
        assertThat(send.getFailures()).isEqualTo(3);
        assertThat(send.getStatus()).isEqualTo(SendStatus.QUEUED);
    }

    @ParameterizedTest
    @EnumSource(value = SendStatus.class, names = {"HELD", "RETRYING"}, mode = EnumSource.Mode.EXCLUDE)
    void only_a_held_or_retrying_send_is_queued_again(SendStatus status) {
        CampaignSend send = send(17L, status);
        set(send, "nextAttemptAt", LATER);

        assertThatThrownBy(send::requeue).isInstanceOf(ConflictException.class)
                .hasMessageContaining("campaign send 17 is " + status);
        assertThat(send.getStatus()).isEqualTo(status);
        assertThat(send.getNextAttemptAt()).isEqualTo(LATER);
    }

    // replayed

    @Test
    void a_dead_letter_replayed_is_queued_under_a_new_key_its_failures_forgotten() {
        CampaignSend send = queued();
        send.failed(1L, null, "Twilio answered 400");
        String deadKey = send.outboxKey();

        send.replay("Ada Admin");

        assertThat(send.getStatus()).isEqualTo(SendStatus.QUEUED);
        assertThat(send.outboxKey()).isNotEqualTo(deadKey).isEqualTo("campaign-send:41:1");
        assertThat(send.getTries()).isEqualTo(1);
        assertThat(send.getFailures()).isZero();
        assertThat(send.getNote()).isEqualTo("replayed by Ada Admin after: Twilio answered 400");
        assertThat(send.isQueued()).isTrue();
    }

    @Test
    void a_replayed_send_may_fail_and_be_replayed_again_each_time_under_a_new_key() {
        CampaignSend send = queued();
        send.failed(1L, null, "first");
        send.replay("Ada");
        send.failed(2L, null, "second");
        send.replay("Bo");

        assertThat(send.outboxKey()).isEqualTo("campaign-send:41:2");
        assertThat(send.getNote()).isEqualTo("replayed by Bo after: second");
    }

    @ParameterizedTest
    @EnumSource(value = SendStatus.class, names = "FAILED", mode = EnumSource.Mode.EXCLUDE)
    void only_a_dead_letter_is_replayed(SendStatus status) {
        CampaignSend send = send(17L, status);

        assertThatThrownBy(() -> send.replay("Ada")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("campaign send 17 is " + status);
        assertThat(send.getStatus()).isEqualTo(status);
        assertThat(send.getTries()).isZero();
    }

    @Test
    void the_replay_note_is_clipped_too() {
        CampaignSend send = queued();
        send.failed(1L, null, "e".repeat(CampaignSend.MAX_NOTE));

        send.replay("Ada");

        assertThat(send.getNote()).hasSize(CampaignSend.MAX_NOTE).startsWith("replayed by Ada after: eee");
    }

    // letters

    @Test
    void a_letter_awaiting_its_batch_is_mailed_with_its_batch_price_and_time() {
        CampaignSend send = send(17L, SendStatus.AWAITING_BATCH);

        send.mailed(3L, new BigDecimal("0.65"), NOW);

        assertThat(send.getStatus()).isEqualTo(SendStatus.MAILED);
        assertThat(send.getMailBatchId()).isEqualTo(3L);
        assertThat(send.getCost()).isEqualByComparingTo("0.65");
        assertThat(send.getSentAt()).isEqualTo(NOW);
        assertThat(send.getStatus().isSettled()).isTrue();
    }

    @Test
    void a_letter_without_an_address_is_skipped() {
        CampaignSend send = send(17L, SendStatus.AWAITING_BATCH);

        send.skippedLetter("the lead has no whole postal address");

        assertThat(send.getStatus()).isEqualTo(SendStatus.SKIPPED);
        assertThat(send.getNote()).isEqualTo("the lead has no whole postal address");
        assertThat(send.getMailBatchId()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = SendStatus.class, names = "AWAITING_BATCH", mode = EnumSource.Mode.EXCLUDE)
    void only_a_letter_awaiting_its_batch_is_mailed_or_skipped_as_a_letter(SendStatus status) {
        CampaignSend send = send(17L, status);

        assertThatThrownBy(() -> send.mailed(3L, BigDecimal.ONE, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("campaign send 17 is " + status);
        assertThatThrownBy(() -> send.skippedLetter("no address")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("campaign send 17 is " + status);
        assertThat(send.getStatus()).isEqualTo(status);
        assertThat(send.getMailBatchId()).isNull();
        assertThat(send.getNote()).isNull();
    }

    @Test
    void a_letter_is_not_worked_by_the_sender() {
        CampaignSend send = send(17L, SendStatus.AWAITING_BATCH);

        assertThat(send.isQueued()).isFalse();
        assertThatThrownBy(() -> send.sent(1L, null, PRICE, NOW)).isInstanceOf(IllegalStateException.class);
    }

    // the unsubscribe token

    @Test
    void the_unsubscribe_token_is_made_once_and_kept() {
        CampaignSend send = queued();
        List<String> made = new ArrayList<>();
        Supplier<String> tokens = () -> {
            String token = "tok" + made.size();
            made.add(token);
            return token;
        };

        assertThat(send.getUnsubscribeToken()).isNull();
        assertThat(send.unsubscribeToken(tokens)).isEqualTo("tok0");
        send.retrying(null, null, "timeout", LATER);
        send.requeue();
        assertThat(send.unsubscribeToken(tokens)).isEqualTo("tok0");

        assertThat(made).containsExactly("tok0");
        assertThat(send.getUnsubscribeToken()).isEqualTo("tok0");
    }

    @Test
    void a_stored_unsubscribe_token_is_kept_without_making_one() {
        CampaignSend send = queued();
        set(send, "unsubscribeToken", "stored");

        assertThat(send.unsubscribeToken(() -> {
            throw new AssertionError("no new token may be made");
        })).isEqualTo("stored");
    }

    // the note

    @Test
    void a_long_note_is_clipped_to_its_column() {
        String longest = "x".repeat(CampaignSend.MAX_NOTE);

        CampaignSend exact = queued();
        exact.skipped(longest);
        assertThat(exact.getNote()).isEqualTo(longest);

        CampaignSend longer = queued();
        longer.refused(null, null, longest + "tail");
        assertThat(longer.getNote()).isEqualTo(longest);

        CampaignSend retrying = queued();
        retrying.retrying(null, null, "r".repeat(5_000), LATER);
        assertThat(retrying.getNote()).hasSize(1_000);

        CampaignSend failed = queued();
        failed.failed(null, null, "f".repeat(1_001));
        assertThat(failed.getNote()).hasSize(1_000);

        CampaignSend letter = send(3L, SendStatus.AWAITING_BATCH);
        letter.skippedLetter("l".repeat(1_001));
        assertThat(letter.getNote()).hasSize(1_000);
    }

    @Test
    void no_note_is_kept_as_none() {
        CampaignSend send = queued();

        send.skipped(null);

        assertThat(send.getNote()).isNull();
        assertThat(send.getStatus()).isEqualTo(SendStatus.SKIPPED);
    }

    @Test
    void the_sender_moves_cover_every_status_it_settles_a_send_in() {
        // a guard on this test's own list: each move lands in a different status
        EnumSet<SendStatus> reached = EnumSet.noneOf(SendStatus.class);
        for (Consumer<CampaignSend> move : senderMoves()) {
            CampaignSend send = queued();
            move.accept(send);
            reached.add(send.getStatus());
        }

        assertThat(reached).containsExactlyInAnyOrder(SendStatus.SENT, SendStatus.HELD, SendStatus.REFUSED,
                SendStatus.RETRYING, SendStatus.FAILED, SendStatus.SKIPPED);
    }
}
