package org.realtycrm.campaign.control;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.campaign.entity.InboundMailKind;
import org.realtycrm.campaign.entity.MailSender;
import org.realtycrm.campaign.entity.ReceivedHeaders;
import org.realtycrm.campaign.entity.SenderAuthentication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an email to the reply address is taken as: our own mail, then a machine's, then an opt-out, then spam, else a
 * message.
 */
class IncomingMailsTest {

    private final IncomingMails mails = new IncomingMails();

    @BeforeEach
    void configure() {
        mails.ourSender = Optional.of("listings@sunrise.example");
        mails.ourReplyAddress = Optional.of("replies@reply.sunrise.example");
        mails.spamScoreLimit = 5.0;
    }

    private InboundMailKind kindOf(String from, String headers, String subject, String text, Double spamScore,
            String envelopeFrom) {
        return kindOf(from, headers, subject, text, spamScore, envelopeFrom, new SenderAuthentication("pass", "none"));
    }

    private InboundMailKind kindOf(String from, String headers, String subject, String text, Double spamScore,
            String envelopeFrom, SenderAuthentication sender) {
        return kindOf(from, headers, subject, text, spamScore, envelopeFrom, sender, false);
    }

    private InboundMailKind kindOf(String from, String headers, String subject, String text, Double spamScore,
            String envelopeFrom, SenderAuthentication sender, boolean tampered) {
        InboundParseForm form = new InboundParseForm(from, "replies@reply.sunrise.example", subject, text, "", headers,
                Optional.ofNullable(envelopeFrom), List.of("replies@reply.sunrise.example"), spamScore, sender, tampered);
        return mails.kindOf(form, ReceivedHeaders.of(headers), MailSender.of(from).orElseThrow(), form.words());
    }

    @Test
    void a_message_its_from_domain_does_not_vouch_for_is_unverified_but_its_unsubscribe_is_honoured() {
        SenderAuthentication someoneElses = new SenderAuthentication("pass", "{@attacker.example : pass}");

        assertThat(kindOf("ana@example.com", "", "Re: Open house", "Yes, call me", 0.1, "x@attacker.example",
                someoneElses)).as("SPF and DKIM passed, for another domain").isEqualTo(InboundMailKind.UNVERIFIED);
        assertThat(kindOf("ana@example.com", "", "Re: Open house", "Yes, call me", 0.1, "ana@example.com",
                new SenderAuthentication("softfail", "none"))).isEqualTo(InboundMailKind.UNVERIFIED);
        assertThat(kindOf("ana@example.com", "", "unsubscribe", "", 0.1, "x@attacker.example", someoneElses))
                .isEqualTo(InboundMailKind.OPT_OUT);
        assertThat(kindOf("ana@example.com", "", "Re: Open house", "Yes, call me", 0.1, "bounce@esp.example",
                new SenderAuthentication("fail", "{@example.com : pass}"))).as("its domain signed it")
                .isEqualTo(InboundMailKind.MESSAGE);
    }

    @Test
    void a_form_someone_tampered_with_is_unverified_whatever_its_verdicts_say() {
        SenderAuthentication vouched = new SenderAuthentication("pass", "{@example.com : pass}");

        assertThat(kindOf("ana@example.com", "", "Re: Open house", "Yes", 0.1, "ana@example.com", vouched, true))
                .isEqualTo(InboundMailKind.UNVERIFIED);
        assertThat(kindOf("ana@example.com", "", "Re: Open house", "Yes", 0.1, "ana@example.com", vouched, false))
                .isEqualTo(InboundMailKind.MESSAGE);
    }

    private InboundMailKind kindOf(String from, String headers, String subject, String text) {
        // sent from the From address's own domain, which SPF passed: vouched for
        return kindOf(from, headers, subject, text, 0.1, MailSender.of(from).orElseThrow().address());
    }

    @Test
    void a_persons_reply_is_a_message() {
        assertThat(kindOf("Ana <ana@example.com>", "Message-ID: <1@x>", "Re: Open house", "Yes, call me"))
                .isEqualTo(InboundMailKind.MESSAGE);
    }

    @Test
    void mail_from_our_own_addresses_is_ours_whatever_it_says() {
        assertThat(kindOf("Sunrise <Listings@Sunrise.example>", "", "unsubscribe", "stop"))
                .isEqualTo(InboundMailKind.OWN);
        assertThat(kindOf("replies@reply.sunrise.example", "", "Re: hi", "hi")).isEqualTo(InboundMailKind.OWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Auto-Submitted: auto-replied", "X-Autoreply: yes", "X-Autorespond: yes",
            "Precedence: bulk", "Precedence: junk", "Precedence: auto_reply"})
    void an_automatic_reply_is_no_reply_even_when_it_says_stop(String header) {
        assertThat(kindOf("ana@example.com", "Message-ID: <2@x>\n" + header, "Out of office", "stop"))
                .isEqualTo(InboundMailKind.AUTOMATIC);
    }

    @Test
    void a_bounce_is_automatic_by_its_sender_or_its_null_reverse_path() {
        assertThat(kindOf("MAILER-DAEMON@mx.example.com", "", "Undelivered Mail Returned to Sender", "550 no user"))
                .isEqualTo(InboundMailKind.AUTOMATIC);
        assertThat(kindOf("Mail Delivery <postmaster@example.com>", "", "Delivery failure", "x"))
                .isEqualTo(InboundMailKind.AUTOMATIC);
        assertThat(kindOf("ana@example.com", "", "Delivery Status Notification", "x", 0.0, "<>"))
                .isEqualTo(InboundMailKind.AUTOMATIC);
    }

    @Test
    void only_unsubscribe_is_an_opt_out_and_is_honoured_even_as_spam() {
        assertThat(kindOf("ana@example.com", "", "Re: Open house", "Unsubscribe.\n\n> old words"))
                .isEqualTo(InboundMailKind.OPT_OUT);
        assertThat(kindOf("ana@example.com", "", "remove me", "", 9.9, "ana@example.com"))
                .isEqualTo(InboundMailKind.OPT_OUT);
    }

    @Test
    void a_score_above_the_limit_is_spam_and_at_it_or_without_one_is_not() {
        assertThat(kindOf("win@lottery.example", "", "You won", "Claim now", 5.1, "win@lottery.example"))
                .isEqualTo(InboundMailKind.SPAM);
        assertThat(kindOf("ana@example.com", "", "Re: hi", "Sure", 5.0, "ana@example.com"))
                .isEqualTo(InboundMailKind.MESSAGE);
        assertThat(kindOf("ana@example.com", "", "Re: hi", "Sure", null, "ana@example.com"))
                .isEqualTo(InboundMailKind.MESSAGE);
        mails.spamScoreLimit = 2.5;
        assertThat(kindOf("ana@example.com", "", "Re: hi", "Sure", 3.0, "ana@example.com"))
                .isEqualTo(InboundMailKind.SPAM);
    }

    @Test
    void without_our_addresses_configured_nothing_is_ours() {
        mails.ourSender = Optional.empty();
        mails.ourReplyAddress = Optional.empty();

        assertThat(kindOf("listings@sunrise.example", "", "Re: hi", "hi")).isEqualTo(InboundMailKind.MESSAGE);
    }
}
