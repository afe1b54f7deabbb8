package org.realtycrm.campaign.entity;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class OutgoingMailTest {

    private static OutgoingMail.Builder alert() {
        return OutgoingMail.to(" Ana.Lima@Example.com ", " Ana Lima ")
                .subject("  3 new listings  ")
                .text("Hello Ana,\r\n3 new listings.\r\n")
                .html("<p>Hello Ana,</p>")
                .category("alert")
                .idempotencyKey("alert:search-7:2026-11-02");
    }

    /** The fields refused, by name, when building fails. */
    private static Map<String, String> refused(OutgoingMail.Builder builder) {
        Map<String, String> errors = new LinkedHashMap<>();
        assertThatThrownBy(builder::build).asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> e.errors().forEach(error -> errors.put(error.field(), error.message())));
        return errors;
    }

    @Test
    void a_name_that_could_read_as_another_recipient_or_header_is_refused() {
        for (String name : new String[] {"Smith, John", "Ana; Bo", "Ana <ana@evil.example>", "\"Ana\"", "a@b.c"}) {
            assertThat(refused(OutgoingMail.to("ana@example.com", name).subject("s").text("t").category("test")
                    .idempotencyKey("k1"))).as(name).containsKey("toName");
        }
        assertThat(refused(alert().header("Disposition-Notification-To", "ana@example.com")))
                .containsKey("headers.Disposition-Notification-To");
        assertThat(refused(alert().header("Resent-Bcc", "all@example.com"))).containsKey("headers.Resent-Bcc");
    }

    @Test
    void a_message_keeps_its_fields_normalised() {
        OutgoingMail mail = alert().oneClickUnsubscribe(URI.create("https://crm.example/unsubscribe/tok_1")).build();

        assertThat(mail.toAddress()).isEqualTo("ana.lima@example.com");
        assertThat(mail.toName()).isEqualTo("Ana Lima");
        assertThat(mail.subject()).isEqualTo("3 new listings");
        // bodies are the caller's, line breaks and all
        assertThat(mail.text()).isEqualTo("Hello Ana,\r\n3 new listings.\r\n");
        assertThat(mail.headers()).containsExactly(
                Map.entry("List-Unsubscribe", "<https://crm.example/unsubscribe/tok_1>"),
                Map.entry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        assertThat(mail.hasOneClickUnsubscribe()).isTrue();
    }

    @Test
    void name_and_html_are_optional_text_is_not() {
        OutgoingMail mail = alert().html("  ").build();
        assertThat(mail.html()).isNull();
        assertThat(OutgoingMail.to("ana@example.com", "  ").subject("s").text("t").category("test")
                .idempotencyKey("k").build().toName()).isNull();

        assertThat(refused(alert().text(" \n "))).containsEntry("text", "must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hi\r\nBcc: victim@example.com", "Hi\nX-Injected: yes", "Hi\rthere", "Hi\u0000",
            "Hi\tthere", "Hi\u0085there", "Hi\u2028there", "Hi\u2029there", "Hi\u007Fthere"})
    void a_line_break_or_control_character_in_the_subject_or_the_name_is_refused(String line) {
        assertThat(refused(alert().subject(line))).containsEntry("subject",
                "must be one line, without control characters");
        assertThat(refused(OutgoingMail.to("ana@example.com", line).subject("s").text("t").category("test")
                .idempotencyKey("k"))).containsEntry("toName", "must be one line, without control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<https://crm.example/u/1>\r\nBcc: victim@example.com", "<https://crm.example/u/1>\nX: y",
            "<https://crm.example/u/1>\r", "<https://crm.example/u/1>\u0000", "<https://crm.example/u/\u00e91>"})
    void a_header_value_is_one_line_of_printable_ascii(String value) {
        assertThat(refused(alert().header("List-Unsubscribe", value)))
                .containsEntry("headers.List-Unsubscribe", "must be 1 to 998 printable ASCII characters on one line");
        assertThat(refused(alert().header("X-Realty-Campaign", value)))
                .containsEntry("headers.X-Realty-Campaign", "must be 1 to 998 printable ASCII characters on one line");
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Bad\r\nBcc", "X Bad", "X-Bad:", "", "X-\u00e9"})
    void a_header_name_is_printable_ascii_without_spaces_or_colons(String name) {
        assertThat(refused(alert().header(name, "1"))).containsEntry("headers",
                "a header name is 1 to 76 printable ASCII characters without spaces or colons");
    }

    @ParameterizedTest
    @ValueSource(strings = {"To", "bcc", "CC", "From", "Subject", "Sender", "Content-Type",
            "content-transfer-encoding", "MIME-Version", "DKIM-Signature", "Received", "X-SG-ID", "x-sg-eid",
            "Return-Path"})
    void the_headers_the_message_sets_itself_cannot_be_set_as_extra_headers(String name) {
        assertThat(refused(alert().header(name, "victim@example.com")))
                .containsEntry("headers." + name, "is set by the message itself, not as an extra header");
    }

    @Test
    void reply_to_is_one_plain_address_lower_cased_never_a_list_or_a_name() {
        OutgoingMail mail = alert().replyTo(" Replies@Reply.Brokerage.example ").build();
        assertThat(mail.replyTo()).contains("replies@reply.brokerage.example");
        assertThat(mail.headers()).containsEntry("Reply-To", "replies@reply.brokerage.example");
        assertThat(alert().build().replyTo()).isEmpty();

        for (String wrong : new String[] {"a@example.com, victim@example.com", "Ana <a@example.com>",
                "a@example.com\r\nBcc: victim@example.com", "not an address", "a@example.com;b@example.com"}) {
            assertThat(refused(alert().replyTo(wrong))).as(wrong).containsKey("headers.Reply-To");
        }
    }

    @Test
    void a_header_given_twice_in_any_case_is_refused() {
        assertThat(refused(alert().header("X-Realty-Campaign", "1").header("x-realty-campaign", "2")))
                .containsEntry("headers.x-realty-campaign", "is given twice");
    }

    @Test
    void list_unsubscribe_is_https_or_mailto_addresses_in_angle_brackets() {
        assertThat(alert().header("List-Unsubscribe", "<mailto:unsubscribe@crm.example?subject=7>, "
                + "<https://crm.example/u/7>").build().headers()).hasSize(1);

        for (String wrong : new String[] {"https://crm.example/u/7", "<http://crm.example/u/7>", "<javascript:x>",
                "<https://crm.example/u/7>,", "<https://>", "<https://crm.example/u 7>"}) {
            assertThat(refused(alert().header("List-Unsubscribe", wrong))).as(wrong)
                    .containsKey("headers.List-Unsubscribe");
        }
    }

    @Test
    void one_click_unsubscribe_needs_its_exact_value_and_an_https_address_rfc_8058() {
        assertThat(refused(alert().header("List-Unsubscribe", "<https://crm.example/u/7>")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=Yes")))
                .containsEntry("headers.List-Unsubscribe-Post", "must be List-Unsubscribe=One-Click (RFC 8058)");
        assertThat(refused(alert().header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")))
                .containsEntry("headers.List-Unsubscribe-Post", "needs a List-Unsubscribe header with an "
                        + "<https://…> address (RFC 8058)");
        assertThat(refused(alert().header("List-Unsubscribe", "<mailto:u@crm.example>")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")))
                .containsKey("headers.List-Unsubscribe-Post");
        assertThat(refused(alert().oneClickUnsubscribe(URI.create("http://crm.example/u/7"))))
                .containsKeys("headers.List-Unsubscribe", "headers.List-Unsubscribe-Post");

        assertThat(alert().header("List-Unsubscribe", "<https://crm.example/u/7>").build().hasOneClickUnsubscribe())
                .isFalse();
    }

    @Test
    void at_most_twenty_headers() {
        OutgoingMail.Builder many = alert();
        for (int i = 0; i < 21; i++) {
            many.header("X-Header-" + i, "v");
        }
        assertThat(refused(many)).containsEntry("headers", "must be at most 20");
    }

    @Test
    void the_category_and_the_idempotency_key_have_their_shapes() {
        assertThat(refused(alert().category("Alert"))).containsKey("category");
        assertThat(refused(alert().category(null))).containsKey("category");
        assertThat(refused(alert().category("a".repeat(41)))).containsKey("category");
        assertThat(alert().category("saved-search_alert").build().category()).isEqualTo("saved-search_alert");

        assertThat(refused(alert().idempotencyKey(null))).containsKey("idempotencyKey");
        assertThat(refused(alert().idempotencyKey("invite:ana@example.com"))).containsKey("idempotencyKey");
        assertThat(refused(alert().idempotencyKey("k".repeat(101)))).containsKey("idempotencyKey");
        assertThat(refused(alert().idempotencyKey("invite 42"))).containsKey("idempotencyKey");
    }

    @Test
    void lengths_are_limited() {
        assertThat(refused(alert().subject("s".repeat(256))))
                .containsEntry("subject", "must be at most 255 characters");
        assertThat(refused(OutgoingMail.to("ana@example.com", "n".repeat(121)).subject("s").text("t")
                .category("test").idempotencyKey("k"))).containsEntry("toName", "must be at most 120 characters");
        assertThat(refused(alert().text("t".repeat(1_000_001)))).containsKey("text");
        assertThat(refused(alert().html("<p>\u0000</p>"))).containsEntry("html", "must not contain NUL characters");
    }

    @Test
    void every_wrong_field_is_reported_at_once() {
        assertThatThrownBy(() -> OutgoingMail.to("not an address", "A\nB").subject(null).text(null).category("X")
                .header("Bcc", "eve@example.com").idempotencyKey("").build())
                .asInstanceOf(type(InvalidInputException.class))
                .extracting(InvalidInputException::errors).asList()
                .extracting(error -> ((FieldError) error).field())
                .containsExactly("to", "toName", "subject", "text", "category", "headers.Bcc", "idempotencyKey");
    }

    @Test
    void its_text_form_names_neither_the_recipient_nor_what_it_says() {
        OutgoingMail mail = alert().build();

        assertThat(mail.toString()).contains("alert", "alert:search-7:2026-11-02")
                .doesNotContain("ana.lima", "Ana Lima", "3 new listings", "Hello Ana");
    }

    @Test
    void a_name_fits_the_to_header_only_as_one_plain_line() {
        assertThat(OutgoingMail.fitsToName("Ana Lima")).isTrue();
        assertThat(OutgoingMail.fitsToName("Lima, Ana")).isFalse();
        assertThat(OutgoingMail.fitsToName("Ana\r\nBcc: eve@example.com")).isFalse();
        assertThat(OutgoingMail.fitsToName("x".repeat(OutgoingMail.MAX_NAME + 1))).isFalse();
        assertThat(OutgoingMail.fitsToName(" ")).isFalse();
    }
}
