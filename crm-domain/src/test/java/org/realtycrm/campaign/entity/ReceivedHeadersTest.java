package org.realtycrm.campaign.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An email's header block as SendGrid passes it on: unfolded, names without case; its Message-ID, and whether a
 * machine sent it.
 */
class ReceivedHeadersTest {

    private static final String REPLY = """
            Received: by mx.sendgrid.net with SMTP id abc
             for <replies@reply.example.com>; Mon, 7 Dec 2026 10:00:00 +0000
            From: Ana Lima <ana@example.com>
            To: replies@reply.example.com
            Subject: Re: Open house
            message-id:
             <CAF=abc123@mail.gmail.com>
            MIME-Version: 1.0
            """;

    @Test
    void headers_are_unfolded_and_found_in_any_case() {
        ReceivedHeaders headers = ReceivedHeaders.of(REPLY.replace("\n", "\r\n"));

        assertThat(headers.first("received")).contains("by mx.sendgrid.net with SMTP id abc for "
                + "<replies@reply.example.com>; Mon, 7 Dec 2026 10:00:00 +0000");
        assertThat(headers.first("SUBJECT")).contains("Re: Open house");
        assertThat(headers.first("X-Missing")).isEmpty();
    }

    @Test
    void the_message_id_is_kept_in_angle_brackets_even_folded() {
        assertThat(ReceivedHeaders.of(REPLY).messageId()).contains("<CAF=abc123@mail.gmail.com>");
        assertThat(ReceivedHeaders.of("Message-Id: bare.id@example.com (a comment)").messageId())
                .contains("<bare.id@example.com>");
        assertThat(ReceivedHeaders.of("Message-ID: <a@x> <b@y>").messageId()).contains("<a@x>");
    }

    @Test
    void without_a_message_id_there_is_none() {
        assertThat(ReceivedHeaders.of("From: a@example.com\nSubject: hi").messageId()).isEmpty();
        assertThat(ReceivedHeaders.of("Message-ID: <>").messageId()).isEmpty();
        assertThat(ReceivedHeaders.of(null).messageId()).isEmpty();
        assertThat(ReceivedHeaders.of("").messageId()).isEmpty();
    }

    @Test
    void only_the_header_block_counts_not_a_body_after_it() {
        assertThat(ReceivedHeaders.of("Subject: hi\n\nMessage-ID: <in-the-body@x>").messageId()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Auto-Submitted: auto-replied", "auto-submitted: auto-generated",
            "Auto-Submitted: auto-notified; owner-email=\"a@b\"", "X-Autoreply: yes", "X-Autorespond: Vacation",
            "Precedence: bulk", "Precedence: JUNK", "Precedence: auto_reply", "Precedence: list"})
    void a_machines_mail_says_so(String header) {
        assertThat(ReceivedHeaders.of("From: a@example.com\n" + header + "\nSubject: Out of office").fromAMachine())
                .as(header).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Auto-Submitted: no", "Auto-Submitted: No ", "Precedence: first-class",
            "X-Auto-Response-Suppress: All", "Subject: Auto-Submitted: auto-replied"})
    void a_persons_mail_does_not(String header) {
        assertThat(ReceivedHeaders.of("From: a@example.com\n" + header).fromAMachine()).as(header).isFalse();
    }
}
