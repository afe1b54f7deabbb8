package org.realtycrm.campaign.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realtycrm.campaign.entity.MailSender;
import org.realtycrm.campaign.entity.SenderAuthentication;
import org.realtycrm.platform.problem.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An email as SendGrid's Inbound Parse posts it: its fields out of multipart/form-data, each in the charset
 * {@code charsets} names, attachments left out, the envelope and the spam score read, and what it says as text.
 */
class InboundParseFormTest {

    private static final String BOUNDARY = "xYzZY";
    private static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    /** A form as SendGrid writes it: CRLF lines, one part per field, files with a file name and their type. */
    static final class Form {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Form field(String name, String value) {
            return field(name, value, StandardCharsets.UTF_8);
        }

        Form field(String name, String value, Charset charset) {
            write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
            bytes.writeBytes(value.getBytes(charset));
            write("\r\n");
            return this;
        }

        Form file(String name, String fileName, byte[] content) {
            write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            bytes.writeBytes(content);
            write("\r\n");
            return this;
        }

        byte[] build() {
            write("--" + BOUNDARY + "--\r\n");
            return bytes.toByteArray();
        }

        private void write(String text) {
            bytes.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void every_field_sendgrid_posts_is_read() {
        byte[] body = new Form()
                .field("headers", "Message-ID: <abc@mail.example.com>\nFrom: Ana Lima <ana@example.com>\n")
                .field("dkim", "{@example.com : pass}")
                .field("to", "replies@reply.example.com")
                .field("from", "Ana Lima <ana@example.com>")
                .field("text", "Yes, call me after 5\n\nOn Mon, Bo wrote:\n> Hi")
                .field("html", "<p>Yes, call me after 5</p>")
                .field("sender_ip", "203.0.113.7")
                .field("spam_report", "Spam detection software ...")
                .field("envelope", "{\"to\":[\"replies@reply.example.com\"],\"from\":\"ana@example.com\"}")
                .field("attachments", "1")
                .field("subject", "Re: Open house")
                .field("spam_score", "0.012")
                .field("charsets", "{\"to\":\"UTF-8\",\"html\":\"UTF-8\",\"subject\":\"UTF-8\",\"from\":\"UTF-8\","
                        + "\"text\":\"UTF-8\"}")
                .field("SPF", "pass")
                .file("attachment1", "photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 13, 10})
                .build();

        InboundParseForm form = InboundParseForm.read(body, CONTENT_TYPE);

        assertThat(form.from()).isEqualTo("Ana Lima <ana@example.com>");
        assertThat(form.to()).isEqualTo("replies@reply.example.com");
        assertThat(form.subject()).isEqualTo("Re: Open house");
        assertThat(form.text()).startsWith("Yes, call me after 5\n\nOn Mon");
        assertThat(form.html()).isEqualTo("<p>Yes, call me after 5</p>");
        assertThat(form.headers()).contains("Message-ID: <abc@mail.example.com>");
        assertThat(form.envelopeFrom()).contains("ana@example.com");
        assertThat(form.envelopeTo()).containsExactly("replies@reply.example.com");
        assertThat(form.spamScore()).isEqualTo(0.012);
        assertThat(form.recipient()).contains("replies@reply.example.com");
        assertThat(form.words()).isEqualTo(form.text());
        assertThat(form.nullReversePath()).isFalse();
        assertThat(form.sender()).isEqualTo(new SenderAuthentication("pass", "{@example.com : pass}"));
        assertThat(form.tampered()).isFalse();
    }

    @Test
    void each_field_is_read_in_the_charset_sendgrid_names_for_it() {
        byte[] body = new Form()
                .field("charsets", "{\"subject\":\"iso-8859-1\",\"text\":\"windows-1252\",\"from\":\"x-unknown\"}")
                .field("subject", "Réponse", StandardCharsets.ISO_8859_1)
                .field("text", "Très bien – merci", Charset.forName("windows-1252"))
                .field("from", "José <jose@example.com>")
                .build();

        InboundParseForm form = InboundParseForm.read(body, CONTENT_TYPE);

        assertThat(form.subject()).isEqualTo("Réponse");
        assertThat(form.text()).isEqualTo("Très bien – merci");
        assertThat(form.from()).as("an unknown charset is read as UTF-8").isEqualTo("José <jose@example.com>");
    }

    @Test
    void an_html_only_email_says_its_htmls_words() {
        byte[] body = new Form().field("from", "ana@example.com")
                .field("html", "<html><head><style>p{color:red}</style></head><body><p>Call me &amp; my wife"
                        + "</p><div>after&nbsp;5</div><br><script>alert(1)</script></body></html>")
                .build();

        InboundParseForm form = InboundParseForm.read(body, CONTENT_TYPE);

        assertThat(form.text()).isEmpty();
        assertThat(form.words()).isEqualTo("Call me & my wife\n\nafter 5");
    }

    @Test
    void missing_or_broken_optional_fields_are_empty_not_errors() {
        byte[] body = new Form().field("from", "ana@example.com").field("envelope", "{not json")
                .field("spam_score", "high").field("charsets", "[]").build();

        InboundParseForm form = InboundParseForm.read(body, CONTENT_TYPE);

        assertThat(form.subject()).isEmpty();
        assertThat(form.envelopeTo()).isEmpty();
        assertThat(form.envelopeFrom()).isEmpty();
        assertThat(form.spamScore()).isNull();
        assertThat(form.recipient()).isEmpty();
    }

    @Test
    void the_recipient_is_the_envelopes_else_the_to_headers_first_address() {
        byte[] body = new Form().field("from", "ana@example.com")
                .field("to", "Replies <Replies@Reply.example.com>, bo@example.com").build();

        assertThat(InboundParseForm.read(body, CONTENT_TYPE).recipient()).contains("replies@reply.example.com");
    }

    @Test
    void a_null_reverse_path_is_a_mail_systems() {
        byte[] body = new Form().field("from", "ana@example.com")
                .field("envelope", "{\"to\":[\"replies@reply.example.com\"],\"from\":\"<>\"}").build();

        assertThat(InboundParseForm.read(body, CONTENT_TYPE).nullReversePath()).isTrue();
    }

    @Test
    void a_blank_envelope_sender_is_a_null_reverse_path_too_and_no_sender() {
        byte[] body = new Form().field("from", "MAILER-DAEMON")
                .field("envelope", "{\"to\":[\"replies@reply.example.com\"],\"from\":\" \"}").build();

        InboundParseForm form = InboundParseForm.read(body, CONTENT_TYPE);

        assertThat(form.envelopeFrom()).as("told apart from an envelope without a sender").contains("");
        assertThat(form.nullReversePath()).isTrue();
        assertThat(form.envelopeFrom().flatMap(MailSender::of)).as("no address to fall back on").isEmpty();
        byte[] withoutSender = new Form().field("from", "ana@example.com").field("envelope", "{\"to\":[]}").build();
        assertThat(InboundParseForm.read(withoutSender, CONTENT_TYPE).nullReversePath()).isFalse();
    }

    @Test
    void a_field_given_twice_counts_once_the_first_and_the_form_is_tampered() {
        byte[] body = new Form().field("from", "ana@example.com").field("from", "mallory@example.com").build();

        InboundParseForm form = InboundParseForm.read(body, CONTENT_TYPE);

        assertThat(form.from()).isEqualTo("ana@example.com");
        assertThat(form.tampered()).isTrue();
    }

    @Test
    void an_email_whose_words_carry_the_boundary_makes_a_tampered_form() {
        String injected = "Hi\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"SPF\"\r\n\r\npass\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"envelope\"\r\n\r\n"
                + "{\"from\":\"ceo@bank.example\"}";
        byte[] body = new Form().field("from", "ceo@bank.example").field("text", injected)
                .field("envelope", "{\"from\":\"mallory@example.com\"}").field("SPF", "fail").build();

        InboundParseForm form = InboundParseForm.read(body, CONTENT_TYPE);

        assertThat(form.sender().spf()).as("what was injected comes first").isEqualTo("pass");
        assertThat(form.tampered()).isTrue();
    }

    @Test
    void a_part_sendgrid_would_not_write_makes_a_tampered_form() {
        String[] parts = {"Content-Disposition: form-data; name=\"subject\"\r\nbroken header line\r\n",
                "Content-Type: text/plain\r\n", "Content-Disposition: form-data\r\n",
                "Content-Disposition: attachment; name=\"subject\"\r\n"};
        for (String headers : parts) {
            byte[] body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"from\"\r\n\r\n"
                    + "ana@example.com\r\n--" + BOUNDARY + "\r\n" + headers + "\r\nHi\r\n--" + BOUNDARY + "--\r\n")
                    .getBytes(StandardCharsets.US_ASCII);

            assertThat(InboundParseForm.read(body, CONTENT_TYPE).tampered()).as(headers).isTrue();
        }
    }

    @Test
    void attachments_may_share_a_name_without_tampering() {
        byte[] body = new Form().field("from", "ana@example.com").file("attachment1", "a.jpg", new byte[] {1})
                .file("attachment1", "b.jpg", new byte[] {2}).build();

        assertThat(InboundParseForm.read(body, CONTENT_TYPE).tampered()).isFalse();
    }

    @Test
    void what_a_sender_controls_is_cut_to_a_length_nobody_writes() {
        byte[] body = new Form().field("subject", "s".repeat(50_000)).build();

        assertThat(InboundParseForm.read(body, CONTENT_TYPE).subject()).hasSize(InboundParseForm.MAX_FIELD);
    }

    @Test
    void a_field_is_cut_as_bytes_before_it_is_decoded_never_inside_a_character() {
        String threeBytesEach = "\u20ac".repeat(InboundParseForm.MAX_FIELD * 3);
        String pairs = "a" + "\uD83C\uDFE0".repeat(InboundParseForm.MAX_FIELD);
        byte[] body = new Form().field("subject", threeBytesEach).field("to", pairs)
                .field("from", "\u00e9".repeat(InboundParseForm.MAX_FIELD * 3), StandardCharsets.UTF_16LE)
                .field("charsets", "{\"from\":\"UTF-16LE\"}").build();

        InboundParseForm form = InboundParseForm.read(body, CONTENT_TYPE);

        assertThat(form.subject()).isEqualTo("\u20ac".repeat(InboundParseForm.MAX_FIELD));
        assertThat(form.to()).as("a pair is never split").hasSize(InboundParseForm.MAX_FIELD - 1)
                .endsWith("\uD83C\uDFE0");
        assertThat(form.from()).as("in another charset").isEqualTo("\u00e9".repeat(InboundParseForm.MAX_FIELD));
    }

    @Test
    void anything_but_a_form_with_a_boundary_is_refused() {
        byte[] body = new Form().field("from", "ana@example.com").build();
        for (String type : new String[] {null, "application/json", "multipart/form-data",
                "application/x-www-form-urlencoded; boundary=xYzZY"}) {
            assertThatThrownBy(() -> InboundParseForm.read(body, type)).as(String.valueOf(type))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("multipart/form-data");
        }
        assertThatThrownBy(() -> InboundParseForm.read("from=ana".getBytes(StandardCharsets.UTF_8), CONTENT_TYPE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not multipart/form-data");
    }

    @Test
    void to_string_shows_no_personal_data() {
        InboundParseForm form = new InboundParseForm("ana@example.com", "r@x.com", "Hi", "Call me", "", "",
                Optional.empty(), List.of("r@x.com"), null, new SenderAuthentication("", ""), true);

        assertThat(form.toString()).doesNotContain("ana").doesNotContain("Call").contains("tampered");
    }
}
