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
import java.util.function.Supplier;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.campaign.entity.Channel;
import org.realtycrm.campaign.entity.GateVerdict;
import org.realtycrm.campaign.entity.InboundText;
import org.realtycrm.campaign.entity.OutboxText;
import org.realtycrm.campaign.entity.OutgoingText;
import org.realtycrm.campaign.entity.Recipient;
import org.realtycrm.campaign.entity.Refusal;
import org.realtycrm.campaign.entity.RefusalReason;
import org.realtycrm.campaign.entity.SendPurpose;
import org.realtycrm.campaign.entity.TextCategory;
import org.realtycrm.campaign.entity.TextKeyword;
import org.realtycrm.campaign.entity.TextProvider;
import org.realtycrm.campaign.entity.TextStatus;
import org.realtycrm.campaign.control.TextOutbox.Outcome;
import org.realtycrm.campaign.control.TextOutbox.TextRequest;
import org.realtycrm.platform.problem.RecordNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The text outbox's rules around the gate and the port: an allowed text is recorded before it is handed over and its
 * answer recorded; a refused one is recorded refused with the gate's reasons and never handed over; the same
 * idempotency key again (also when two calls meet) answers the first record without asking the gate or sending; the
 * carrier's word that the recipient opted out (Twilio's 21610) puts the number on the company's own list; an adapter
 * that breaks leaves a permanent failure; a reply to a keyword passes without the gate, once per message received,
 * and only in a reply's category.
 */
class TextOutboxTest {

    private static final Instant NOW = Instant.parse("2026-01-15T17:00:00Z");
    private static final String TO = "+12125550143";
    private static final String BODY = "Hi Ana, the open house at 12 Elm St starts at 2 pm. Reply STOP to opt out.";
    private static final String INBOUND_SID = "SM00000000000000000000000000000001";
    private static final Refusal DNC = new Refusal(RefusalReason.INTERNAL_DNC, "INTERNAL_DNC (internal entry 4)",
            null);
    private static final Refusal QUIET = new Refusal(RefusalReason.QUIET_HOURS,
            "07:30 in America/New_York is outside 08:00–21:00", Instant.parse("2026-01-15T13:00:00Z"));

    private final ScriptedMessenger messenger = new ScriptedMessenger();
    private final InMemoryTexts ledger = new InMemoryTexts();
    private final ScriptedGate gate = new ScriptedGate();
    private final RecordingOptOuts optOuts = new RecordingOptOuts();
    private final RecordingTurns turns = new RecordingTurns();
    private final TextOutbox outbox = new TextOutbox();

    @BeforeEach
    void wire() {
        ledger.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        outbox.messenger = messenger;
        outbox.ledger = ledger;
        outbox.gate = gate;
        outbox.optOuts = optOuts;
        outbox.turns = turns;
    }

    private static TextRequest request(String key, SendPurpose purpose) {
        return new TextRequest(new OutgoingText(TO, BODY, key), purpose == SendPurpose.MARKETING
                ? TextCategory.CAMPAIGN : TextCategory.CONVERSATION, Recipient.ofNumber(TO), purpose, 7L, 3L);
    }

    private static TextRequest request(String key) {
        return request(key, SendPurpose.CONVERSATION);
    }

    private static InboundText received(String body) {
        return new InboundText(INBOUND_SID, TO, "+12025550100", body, TextKeyword.of(body), 7L, NOW);
    }

    @Test
    void an_allowed_text_is_recorded_before_it_is_handed_over_and_its_answer_is_recorded() {
        messenger.answers(Delivery.sent("SM-out-1"));

        Outcome outcome = outbox.send(request("conversation:7:1"));

        OutboxText sent = outcome.text();
        assertThat(outcome.isNew()).isTrue();
        assertThat(outcome.verdict()).hasValueSatisfying(verdict -> assertThat(verdict.allowed()).isTrue());
        assertThat(messenger.handedOver).containsExactly(sent.getId());
        assertThat(messenger.statusWhenHandedOver).containsExactly(TextStatus.RECORDED);
        assertThat(messenger.textsHandedOver).containsExactly(new OutgoingText(TO, BODY, "conversation:7:1"));
        assertThat(sent.getStatus()).isEqualTo(TextStatus.SENT);
        assertThat(sent.getProvider()).isEqualTo(TextProvider.TWILIO);
        assertThat(sent.getProviderMessageId()).isEqualTo("SM-out-1");
        assertThat(sent.getSentAt()).isEqualTo(NOW);
        assertThat(sent.getAttempts()).isEqualTo(1);
        assertThat(sent.getCategory()).isEqualTo(TextCategory.CONVERSATION);
        assertThat(sent.getLeadId()).isEqualTo(7L);
        assertThat(sent.getSentBy()).isEqualTo(3L);
        assertThat(ledger.byId).containsOnlyKeys(sent.getId());
        assertThat(optOuts.carrierOptOuts).isEmpty();
    }

    @Test
    void the_gate_is_asked_about_the_recipient_for_a_text_with_the_request_s_purpose() {
        messenger.answers(Delivery.sent("SM-out-1"));

        outbox.send(request("campaign:spring:7", SendPurpose.MARKETING));

        assertThat(gate.asked).containsExactly(new Asked(Recipient.ofNumber(TO), Channel.SMS, SendPurpose.MARKETING));
    }

    @Test
    void a_marketing_text_is_counted_and_recorded_in_its_number_s_turn_and_handed_over_after_it() {
        messenger.answers(Delivery.sent("SM-out-1"));

        outbox.send(request("campaign:spring:7", SendPurpose.MARKETING));

        assertThat(turns.taken).containsExactly(TO);
        assertThat(turns.gateAskedWithin).containsExactly(1);
        assertThat(turns.recordsWithin).containsExactly(1);
        assertThat(messenger.handedOver).hasSize(1);
        assertThat(turns.handedOverWithin).as("the provider's answer may take seconds: not in the turn")
                .containsExactly(0);
    }

    @Test
    void an_agent_s_conversation_counts_against_no_cap_and_takes_no_turn() {
        messenger.answers(Delivery.sent("SM-out-1"));

        outbox.send(request("conversation:7:1"));

        assertThat(turns.taken).isEmpty();
        assertThat(messenger.handedOver).hasSize(1);
    }

    @Test
    void a_refused_text_is_recorded_with_the_gate_s_reasons_and_never_handed_over() {
        gate.refuses(QUIET, DNC);

        Outcome outcome = outbox.send(request("campaign:spring:7", SendPurpose.MARKETING));

        OutboxText refused = outcome.text();
        assertThat(outcome.isNew()).isTrue();
        assertThat(outcome.verdict()).hasValueSatisfying(verdict -> assertThat(verdict.refusals())
                .containsExactly(QUIET, DNC));
        assertThat(refused.getStatus()).isEqualTo(TextStatus.REFUSED);
        assertThat(refused.getRefusal()).isEqualTo(outcome.verdict().orElseThrow().refusalsJson())
                .contains("QUIET_HOURS", "INTERNAL_DNC");
        assertThat(refused.getId()).isNotNull();
        assertThat(ledger.byId).containsOnlyKeys(refused.getId());
        assertThat(messenger.handedOver).isEmpty();
        assertThat(ledger.answers).isEmpty();
    }

    @Test
    void the_same_idempotency_key_again_answers_the_first_record_and_asks_neither_the_gate_nor_the_provider() {
        messenger.answers(Delivery.sent("SM-out-1"));
        Outcome first = outbox.send(request("conversation:7:1"));

        Outcome again = outbox.send(request("conversation:7:1"));

        assertThat(again.text()).isSameAs(first.text());
        assertThat(again.text().getProviderMessageId()).isEqualTo("SM-out-1");
        assertThat(again.isNew()).isFalse();
        assertThat(again.verdict()).isEmpty();
        assertThat(gate.asked).hasSize(1);
        assertThat(messenger.handedOver).hasSize(1);
        assertThat(ledger.byId).hasSize(1);
    }

    @Test
    void a_refused_key_stays_refused_even_when_the_gate_would_now_allow_it() {
        gate.refuses(QUIET);
        OutboxText refused = outbox.send(request("campaign:spring:7", SendPurpose.MARKETING)).text();
        gate.refuses();

        Outcome again = outbox.send(request("campaign:spring:7", SendPurpose.MARKETING));

        assertThat(again.text()).isSameAs(refused);
        assertThat(again.text().getStatus()).isEqualTo(TextStatus.REFUSED);
        assertThat(gate.asked).hasSize(1);
        assertThat(messenger.handedOver).isEmpty();
    }

    @Test
    void the_same_key_recorded_meanwhile_by_another_call_is_answered_with_theirs_and_not_sent() {
        messenger.answers(Delivery.sent("SM-out-1"));
        OutboxText theirs = outbox.send(request("conversation:7:1")).text();
        ledger.missNextLookUp = true; // as if our look-up ran just before their insert

        Outcome ours = outbox.send(request("conversation:7:1"));

        assertThat(ours.text()).isSameAs(theirs);
        assertThat(ours.isNew()).isFalse();
        assertThat(messenger.handedOver).hasSize(1);
        assertThat(ledger.byId).hasSize(1);
    }

    @Test
    void a_key_the_database_refuses_as_a_duplicate_is_answered_with_the_record_that_holds_it() {
        messenger.answers(Delivery.sent("SM-out-1"));
        OutboxText theirs = outbox.send(request("conversation:7:1")).text();
        ledger.missNextLookUp = true;
        ledger.duplicateOnNextRecord = true; // their insert committed between the ledger's look-up and ours

        Outcome ours = outbox.send(request("conversation:7:1"));

        assertThat(ours.text()).isSameAs(theirs);
        assertThat(ours.isNew()).isFalse();
        assertThat(messenger.handedOver).hasSize(1);
    }

    @Test
    void a_different_key_is_a_different_text() {
        messenger.answers(Delivery.sent("SM-out-1"), Delivery.sent("SM-out-2"));

        outbox.send(request("conversation:7:1"));
        outbox.send(request("conversation:7:2"));

        assertThat(messenger.handedOver).hasSize(2);
        assertThat(gate.asked).hasSize(2);
    }

    @Test
    void the_outbox_provider_keeps_the_text_recorded_and_writes_nothing_more() {
        messenger.provider = TextProvider.OUTBOX;
        messenger.answers(Delivery.kept());

        OutboxText kept = outbox.send(request("conversation:7:1")).text();

        assertThat(kept.getStatus()).isEqualTo(TextStatus.RECORDED);
        assertThat(kept.getProvider()).isEqualTo(TextProvider.OUTBOX);
        assertThat(kept.getAttempts()).isZero();
        assertThat(kept.awaitsDelivery()).isFalse();
        assertThat(messenger.handedOver).containsExactly(kept.getId());
        assertThat(ledger.answers).isEmpty();
    }

    @Test
    void a_recipient_who_opted_out_with_the_carrier_fails_the_text_and_goes_on_the_company_s_list() {
        messenger.answers(Delivery.refused("Twilio answered 400: Attempt to send to unsubscribed recipient",
                Delivery.TWILIO_UNSUBSCRIBED));

        OutboxText failed = outbox.send(request("conversation:7:1")).text();

        assertThat(failed.getStatus()).isEqualTo(TextStatus.FAILED);
        assertThat(failed.getErrorCode()).isEqualTo("21610");
        assertThat(failed.isRetryable()).isFalse();
        assertThat(optOuts.carrierOptOuts).singleElement().satisfies(optOut -> {
            assertThat(optOut.e164()).isEqualTo(TO);
            assertThat(optOut.source()).contains("outbox text " + failed.getId(), "STOP");
        });
    }

    @Test
    void any_other_refusal_is_recorded_and_puts_no_one_on_the_list() {
        messenger.answers(Delivery.refused("Twilio answered 400: The 'To' number is not a valid phone number",
                "21211"));

        OutboxText failed = outbox.send(request("conversation:7:1")).text();

        assertThat(failed.getStatus()).isEqualTo(TextStatus.FAILED);
        assertThat(failed.getErrorCode()).isEqualTo("21211");
        assertThat(failed.isRetryable()).isFalse();
        assertThat(optOuts.carrierOptOuts).isEmpty();
    }

    @Test
    void a_failure_for_now_is_recorded_as_one_that_may_be_tried_again() {
        messenger.answers(Delivery.failedForNow("Twilio could not be reached: connect timed out"));

        OutboxText failed = outbox.send(request("conversation:7:1")).text();

        assertThat(failed.getStatus()).isEqualTo(TextStatus.FAILED);
        assertThat(failed.isRetryable()).isTrue();
        assertThat(failed.mayRetry()).isTrue();
        assertThat(failed.getError()).isEqualTo("Twilio could not be reached: connect timed out");
        assertThat(optOuts.carrierOptOuts).isEmpty();
    }

    @Test
    void an_adapter_that_breaks_leaves_a_permanent_failure_instead_of_a_text_in_limbo() {
        messenger.breaks = true;

        OutboxText failed = outbox.send(request("conversation:7:1")).text();

        assertThat(failed.getStatus()).isEqualTo(TextStatus.FAILED);
        assertThat(failed.isRetryable()).isFalse();
        assertThat(failed.mayRetry()).isFalse();
        assertThat(failed.getError()).contains("TWILIO failed unexpectedly (IllegalStateException)");
        assertThat(optOuts.carrierOptOuts).isEmpty();
    }

    @Test
    void a_request_asks_the_gate_about_the_number_the_text_goes_to() {
        assertThatThrownBy(() -> new TextRequest(new OutgoingText(TO, BODY, "k"), TextCategory.CONVERSATION,
                Recipient.ofNumber("+13055550143"), SendPurpose.CONVERSATION, 7L, 3L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_reply_to_a_keyword_passes_without_asking_the_gate() {
        gate.refuses(DNC); // the number just opted out: the gate would refuse it
        messenger.answers(Delivery.sent("SM-reply-1"));

        OutboxText reply = outbox.replyTo(received("STOP"), TextCategory.OPT_OUT_CONFIRMATION,
                "You are unsubscribed and will receive no more messages. Reply START to resubscribe.");

        assertThat(gate.asked).isEmpty();
        assertThat(reply.getIdempotencyKey()).isEqualTo("reply:" + INBOUND_SID);
        assertThat(reply.getToPhone()).isEqualTo(TO);
        assertThat(reply.getCategory()).isEqualTo(TextCategory.OPT_OUT_CONFIRMATION);
        assertThat(reply.getLeadId()).isEqualTo(7L);
        assertThat(reply.getSentBy()).isNull();
        assertThat(reply.getStatus()).isEqualTo(TextStatus.SENT);
        assertThat(reply.getProviderMessageId()).isEqualTo("SM-reply-1");
        assertThat(messenger.handedOver).containsExactly(reply.getId());
        assertThat(messenger.statusWhenHandedOver).containsExactly(TextStatus.RECORDED);
    }

    @ParameterizedTest
    @ValueSource(strings = {TextCategory.OPT_OUT_CONFIRMATION, TextCategory.OPT_IN_CONFIRMATION, TextCategory.HELP})
    void each_reply_category_passes(String category) {
        messenger.answers(Delivery.sent("SM-reply-1"));

        OutboxText reply = outbox.replyTo(received("HELP"), category, "Realty CRM: call 212-555-0100. STOP to end.");

        assertThat(reply.getCategory()).isEqualTo(category);
        assertThat(gate.asked).isEmpty();
        assertThat(messenger.handedOver).hasSize(1);
    }

    @Test
    void a_second_reply_to_the_same_inbound_text_sends_nothing() {
        messenger.answers(Delivery.sent("SM-reply-1"));
        OutboxText first = outbox.replyTo(received("STOP"), TextCategory.OPT_OUT_CONFIRMATION, "You are unsubscribed.");

        OutboxText second = outbox.replyTo(received("STOP"), TextCategory.OPT_OUT_CONFIRMATION,
                "You are unsubscribed.");

        assertThat(second).isSameAs(first);
        assertThat(messenger.handedOver).hasSize(1);
        assertThat(ledger.byId).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {TextCategory.CONVERSATION, TextCategory.CAMPAIGN, "reply"})
    void a_category_that_is_no_reply_s_does_not_pass(String category) {
        assertThatThrownBy(() -> outbox.replyTo(received("STOP"), category, "You are unsubscribed."))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(category);

        assertThat(ledger.byId).isEmpty();
        assertThat(messenger.handedOver).isEmpty();
        assertThat(gate.asked).isEmpty();
    }

    @Test
    void a_reply_the_carrier_refuses_because_of_an_opt_out_puts_the_number_on_the_list_too() {
        messenger.answers(Delivery.refused("Twilio answered 400: Attempt to send to unsubscribed recipient",
                Delivery.TWILIO_UNSUBSCRIBED));

        OutboxText reply = outbox.replyTo(received("HELP"), TextCategory.HELP, "Realty CRM. STOP to end.");

        assertThat(reply.getStatus()).isEqualTo(TextStatus.FAILED);
        assertThat(optOuts.carrierOptOuts).extracting(CarrierOptOut::e164).containsExactly(TO);
    }

    private record Asked(Recipient recipient, Channel channel, SendPurpose purpose) {
    }

    private record CarrierOptOut(String e164, String source) {
    }

    /** A gate that answers what the test scripts (allowed by default), and notes what it was asked. */
    private static final class ScriptedGate extends ComplianceGate {
        final List<Asked> asked = new ArrayList<>();
        private List<Refusal> refusals = List.of();

        void refuses(Refusal... scripted) {
            refusals = List.of(scripted);
        }

        @Override
        public GateVerdict check(Recipient recipient, Channel channel, SendPurpose purpose) {
            asked.add(new Asked(recipient, channel, purpose));
            return new GateVerdict(recipient.phone(), channel, NOW, refusals);
        }
    }

    /** The company's list as far as the outbox touches it: the carrier's opt-outs, noted. */
    private static final class RecordingOptOuts extends TextOptOuts {
        final List<CarrierOptOut> carrierOptOuts = new ArrayList<>();

        @Override
        public void carrierOptOut(String e164, String source, Long leadId) {
            carrierOptOuts.add(new CarrierOptOut(e164, source));
        }
    }

    /** A provider that answers what the test scripts, and notes what it was handed and how it stood then. */
    private final class ScriptedMessenger implements TextMessenger {
        TextProvider provider = TextProvider.TWILIO;
        final List<Delivery> script = new ArrayList<>();
        final List<Long> handedOver = new ArrayList<>();
        final List<TextStatus> statusWhenHandedOver = new ArrayList<>();
        final List<OutgoingText> textsHandedOver = new ArrayList<>();
        boolean breaks;

        void answers(Delivery... deliveries) {
            script.addAll(List.of(deliveries));
        }

        @Override
        public TextProvider provider() {
            return provider;
        }

        @Override
        public Delivery send(long outboxId, OutgoingText text) {
            handedOver.add(outboxId);
            OutboxText recorded = ledger.byId.get(outboxId);
            statusWhenHandedOver.add(recorded == null ? null : recorded.getStatus());
            textsHandedOver.add(text);
            if (breaks) {
                throw new IllegalStateException("bug");
            }
            return script.remove(0);
        }
    }

    /**
     * The ledger's contract in memory: ids assigned when recorded, the idempotency key unique, the provider's answer
     * recorded by the ledger's own rule ({@link TextLedger#delivered}).
     */
    private static final class InMemoryTexts extends TextLedger {
        final Map<Long, OutboxText> byId = new LinkedHashMap<>();
        final List<Delivery> answers = new ArrayList<>();
        private final AtomicLong ids = new AtomicLong();
        boolean missNextLookUp;
        boolean duplicateOnNextRecord;

        @Override
        public Recorded record(OutboxText text) {
            Optional<OutboxText> earlier = stored(text.getIdempotencyKey());
            if (earlier.isPresent() && duplicateOnNextRecord) {
                duplicateOnNextRecord = false;
                throw new PersistenceException("duplicate key value violates unique constraint "
                        + "\"outbox_texts_idempotency_key_key\"");
            }
            if (earlier.isPresent()) {
                return new Recorded(earlier.get(), false);
            }
            long id = ids.incrementAndGet();
            assignId(text, id);
            byId.put(id, text);
            return new Recorded(text, true);
        }

        @Override
        public Optional<OutboxText> byKey(String idempotencyKey) {
            if (missNextLookUp) {
                missNextLookUp = false;
                return Optional.empty();
            }
            return stored(idempotencyKey);
        }

        @Override
        public OutboxText find(long id) {
            OutboxText text = byId.get(id);
            if (text == null) {
                throw new RecordNotFoundException("outbox text", id);
            }
            return text;
        }

        @Override
        OutboxText locked(long id) {
            return find(id); // one thread: nothing to lock against
        }

        @Override
        public OutboxText delivered(long id, TextProvider by, Delivery delivery) {
            answers.add(delivery);
            return super.delivered(id, by, delivery);
        }

        private Optional<OutboxText> stored(String key) {
            return byId.values().stream().filter(text -> text.getIdempotencyKey().equals(key)).findFirst();
        }

        /** What the database's identity column does. */
        private static void assignId(OutboxText text, long id) {
            try {
                Field field = OutboxText.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(text, id);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Runs the work at once, noting whose turn it was and what the work did inside it. */
    private final class RecordingTurns extends MarketingTurns {
        final List<String> taken = new ArrayList<>();
        final List<Integer> gateAskedWithin = new ArrayList<>();
        final List<Integer> recordsWithin = new ArrayList<>();
        final List<Integer> handedOverWithin = new ArrayList<>();

        @Override
        public <T> T taking(String e164, Supplier<T> work) {
            taken.add(e164);
            int asked = gate.asked.size();
            int records = ledger.byId.size();
            int handedOver = messenger.handedOver.size();
            T done = work.get();
            gateAskedWithin.add(gate.asked.size() - asked);
            recordsWithin.add(ledger.byId.size() - records);
            handedOverWithin.add(messenger.handedOver.size() - handedOver);
            return done;
        }
    }
}
