package org.realtycrm.campaign.boundary;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonArray;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.campaign.control.InboundMailReads;
import org.realtycrm.campaign.control.InboundParseForm;
import org.realtycrm.campaign.control.IncomingMails;
import org.realtycrm.campaign.control.MailEvents;
import org.realtycrm.campaign.control.SendGridSignatures;
import org.realtycrm.campaign.control.SendGridSignatures.Webhook;
import org.realtycrm.campaign.entity.InboundMail;
import org.realtycrm.platform.problem.AccessDeniedException;
import org.realtycrm.platform.problem.BusyException;
import org.realtycrm.platform.problem.TooLargeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SendGrid's webhooks at the door: what the headers tell (unsigned, stale, not set up, too long) is refused before a
 * byte of the body is read; an email waits for one of the server's few turns, which it lets go whatever happens; the
 * body is verified as it came before anything reads it.
 */
class SendGridWebhooksTest {

    private static final String FORM = "multipart/form-data; boundary=b";
    private static final byte[] MAIL = ("--b\r\nContent-Disposition: form-data; name=\"from\"\r\n\r\n"
            + "ana@example.com\r\n--b--").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EVENTS = "[{\"event\":\"open\"},{\"event\":\"open\"}]"
            .getBytes(StandardCharsets.US_ASCII);

    private final SendGridWebhooks webhooks = new SendGridWebhooks();
    private final List<String> steps = new ArrayList<>();
    private final List<InboundParseForm> taken = new ArrayList<>();
    private boolean busy;

    @BeforeEach
    void wire() {
        // the signatures' own rules are SendGridSignaturesTest's: here a "signed" request passes, any other is forged
        webhooks.signatures = new SendGridSignatures() {
            @Override
            public void checkHeaders(Webhook webhook, String timestamp, String signature) {
                steps.add("headers of " + webhook);
                if (signature == null) {
                    throw new AccessDeniedException("unsigned");
                }
            }

            @Override
            public void verify(Webhook webhook, String timestamp, String signature, byte[] body) {
                steps.add(body.length + " bytes of " + webhook);
                if (!signature.equals("signed")) {
                    throw new AccessDeniedException("forged");
                }
            }
        };
        // the turns' own rules are InboundMailReadsTest's: here one is free unless the server is busy
        webhooks.reads = new InboundMailReads() {
            @Override
            public Turn await() {
                if (busy) {
                    throw new BusyException("busy", RETRY_AFTER_SECONDS);
                }
                steps.add("turn taken");
                return () -> steps.add("turn let go");
            }
        };
        webhooks.mails = new IncomingMails() {
            @Override
            public Optional<InboundMail> take(InboundParseForm form) {
                steps.add("mail taken");
                taken.add(form);
                return Optional.empty();
            }
        };
        webhooks.events = new MailEvents() {
            @Override
            public int take(JsonArray events) {
                return events.size() - 1;
            }
        };
    }

    @Test
    void a_signed_email_is_read_in_a_turn_verified_as_it_came_and_taken() throws Exception {
        boolean isNew = webhooks.mailReceived("1", "signed", FORM, (long) MAIL.length, new ByteArrayInputStream(MAIL));

        assertThat(isNew).as("the stand-in takes every email as a repeat").isFalse();
        assertThat(steps).containsExactly("headers of INBOUND_PARSE", "turn taken", MAIL.length + " bytes of "
                + "INBOUND_PARSE", "mail taken", "turn let go");
        assertThat(taken).singleElement().extracting(InboundParseForm::from).isEqualTo("ana@example.com");
    }

    @Test
    void an_unsigned_or_stale_request_is_refused_before_its_body_is_read() throws Exception {
        ByteArrayInputStream mail = new ByteArrayInputStream(MAIL);
        assertThatThrownBy(() -> webhooks.mailReceived("1", null, FORM, null, mail))
                .isInstanceOf(AccessDeniedException.class);
        ByteArrayInputStream events = new ByteArrayInputStream(EVENTS);
        assertThatThrownBy(() -> webhooks.eventsReported("1", null, null, events))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(mail.available()).isEqualTo(MAIL.length);
        assertThat(events.available()).isEqualTo(EVENTS.length);
        assertThat(steps).containsExactly("headers of INBOUND_PARSE", "headers of EVENTS");
    }

    @Test
    void a_length_over_the_limit_is_refused_before_the_body_is_read_and_without_a_turn() {
        ByteArrayInputStream mail = new ByteArrayInputStream(MAIL);
        assertThatThrownBy(() -> webhooks.mailReceived("1", "signed", FORM, SendGridWebhooks.MAX_MAIL_BYTES + 1L,
                mail)).isInstanceOf(TooLargeException.class).hasMessage("an Inbound Parse request is at most 32 MiB");
        ByteArrayInputStream events = new ByteArrayInputStream(EVENTS);
        assertThatThrownBy(() -> webhooks.eventsReported("1", "signed", SendGridWebhooks.MAX_EVENT_BYTES + 1L,
                events)).isInstanceOf(TooLargeException.class).hasMessage("an Event Webhook request is at most 4 MiB");

        assertThat(mail.available()).isEqualTo(MAIL.length);
        assertThat(events.available()).isEqualTo(EVENTS.length);
        assertThat(steps).containsExactly("headers of INBOUND_PARSE", "headers of EVENTS");
    }

    @Test
    void a_body_longer_than_the_limit_is_refused_whatever_its_length_said_reading_no_more_than_the_limit() {
        CountingStream endless = new CountingStream();

        assertThatThrownBy(() -> webhooks.eventsReported("1", "signed", null, endless))
                .isInstanceOf(TooLargeException.class);

        assertThat(endless.read).isEqualTo(SendGridWebhooks.MAX_EVENT_BYTES + 1L);
        assertThat(steps).containsExactly("headers of EVENTS");
    }

    @Test
    void when_the_server_is_busy_an_email_is_answered_busy_unread() {
        busy = true;
        ByteArrayInputStream mail = new ByteArrayInputStream(MAIL);

        assertThatThrownBy(() -> webhooks.mailReceived("1", "signed", FORM, (long) MAIL.length, mail))
                .isInstanceOfSatisfying(BusyException.class, refused ->
                        assertThat(refused.retryAfterSeconds()).isEqualTo(InboundMailReads.RETRY_AFTER_SECONDS));
        assertThat(mail.available()).isEqualTo(MAIL.length);
        assertThat(steps).containsExactly("headers of INBOUND_PARSE");
    }

    @Test
    void a_forged_email_lets_its_turn_go_and_is_never_taken() {
        assertThatThrownBy(() -> webhooks.mailReceived("1", "forged", FORM, null, new ByteArrayInputStream(MAIL)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(steps).containsExactly("headers of INBOUND_PARSE", "turn taken", MAIL.length + " bytes of "
                + "INBOUND_PARSE", "turn let go");
        assertThat(taken).isEmpty();
    }

    @Test
    void signed_events_are_verified_then_taken() throws Exception {
        SendGridWebhooks.Taken result = webhooks.eventsReported("1", "signed", null, new ByteArrayInputStream(EVENTS));

        assertThat(result).isEqualTo(new SendGridWebhooks.Taken(1, 1));
        assertThat(steps).containsExactly("headers of EVENTS", EVENTS.length + " bytes of EVENTS");
    }

    /** A body that never ends, counting what was read of it. */
    private static final class CountingStream extends InputStream {
        private long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            read += length;
            return length;
        }
    }
}
