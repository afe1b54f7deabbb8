package org.realtycrm.campaign.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who an email is from: the bare address lower-cased out of each shape a From header takes, the display name unquoted
 * and decoded, and the names of a lead made for the sender.
 */
class MailSenderTest {

    private static MailSender of(String from) {
        return MailSender.of(from).orElseThrow(() -> new AssertionError("no sender in " + from));
    }

    @Test
    void a_bare_address_has_no_name_and_is_lower_cased() {
        MailSender sender = of("  Ana.Lima@Example.COM ");

        assertThat(sender.address()).isEqualTo("ana.lima@example.com");
        assertThat(sender.displayName()).isNull();
        assertThat(of("<ana@example.com>").address()).isEqualTo("ana@example.com");
    }

    @Test
    void the_address_is_the_one_in_angle_brackets_and_the_name_before_it() {
        MailSender sender = of("Ana Lima <Ana@Example.com>");

        assertThat(sender.address()).isEqualTo("ana@example.com");
        assertThat(sender.displayName()).isEqualTo("Ana Lima");
    }

    @Test
    void a_quoted_name_may_hold_commas_and_escaped_quotes() {
        assertThat(of("\"Lima, Ana\" <ana@example.com>").displayName()).isEqualTo("Lima, Ana");
        assertThat(of("\"Ana \\\"Nina\\\" Lima\" <ana@example.com>").displayName()).isEqualTo("Ana \"Nina\" Lima");
        assertThat(of("\"Lima, Ana\" <ana@example.com>, Bo <bo@example.com>").address())
                .as("the first of several").isEqualTo("ana@example.com");
    }

    @Test
    void an_old_style_comment_is_the_name() {
        MailSender sender = of("ana@example.com (Ana Lima)");

        assertThat(sender.address()).isEqualTo("ana@example.com");
        assertThat(sender.displayName()).isEqualTo("Ana Lima");
    }

    @Test
    void encoded_words_are_decoded_base64_and_q_and_the_space_between_two_dropped() {
        assertThat(of("=?UTF-8?B?w4FuZ2VsYSBMw7NwZXo=?= <angela@example.com>").displayName()).isEqualTo("Ángela López");
        assertThat(of("=?iso-8859-1?Q?Jos=E9_Mar=EDa?= <jose@example.com>").displayName()).isEqualTo("José María");
        assertThat(of("=?UTF-8?Q?Ren=C3=A9e?= =?UTF-8?Q?_Dubois?= <renee@example.com>").displayName())
                .isEqualTo("Renée Dubois");
        assertThat(of("=?x-unknown?Q?Bob?= <bob@example.com>").displayName()).as("kept as written")
                .isEqualTo("=?x-unknown?Q?Bob?=");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Ana Lima", "<not an address>", "ana@", "@example.com", "Ana <ana@exa mple.com>",
            "undisclosed-recipients:;"})
    void a_header_without_an_address_names_no_sender(String from) {
        assertThat(MailSender.of(from)).isEmpty();
    }

    @Test
    void a_name_that_is_only_the_address_again_or_no_letters_is_no_name() {
        assertThat(of("\"ana@example.com\" <ana@example.com>").displayName()).isNull();
        assertThat(of("\"...\" <ana@example.com>").displayName()).isNull();
        assertThat(of("'Ana Lima' <ana@example.com>").displayName()).isEqualTo("Ana Lima");
    }

    @Test
    void a_lead_is_named_first_words_and_last_word_or_by_the_comma() {
        assertThat(of("Ana Lima <a@example.com>")).extracting(MailSender::firstName, MailSender::lastName)
                .containsExactly("Ana", "Lima");
        assertThat(of("Mary Ann Smith <m@example.com>")).extracting(MailSender::firstName, MailSender::lastName)
                .containsExactly("Mary Ann", "Smith");
        assertThat(of("\"Lima, Ana\" <a@example.com>")).extracting(MailSender::firstName, MailSender::lastName)
                .containsExactly("Ana", "Lima");
        assertThat(of("Cher <c@example.com>")).extracting(MailSender::firstName, MailSender::lastName)
                .containsExactly("Cher", null);
    }

    @Test
    void without_a_name_the_lead_is_unknown_and_the_local_part() {
        assertThat(of("j.doe+homes@example.com")).extracting(MailSender::firstName, MailSender::lastName)
                .containsExactly("Unknown", "j.doe+homes");
    }

    @Test
    void names_are_cut_to_what_a_lead_holds() {
        MailSender sender = of("A" + "a".repeat(100) + " B" + "b".repeat(100) + " <a@example.com>");

        assertThat(sender.firstName()).hasSize(80);
        assertThat(sender.lastName()).hasSize(80);
    }

    @Test
    void bounces_and_delivery_reports_come_from_the_mail_system() {
        assertThat(of("Mail Delivery Subsystem <MAILER-DAEMON@mx.example.com>").isMailSystem()).isTrue();
        assertThat(of("postmaster@example.com").isMailSystem()).isTrue();
        assertThat(of("ana@example.com").isMailSystem()).isFalse();
        assertThat(of("daemon.fan@example.com").isMailSystem()).isFalse();
    }

    @Test
    void the_address_is_never_shown_by_to_string() {
        assertThat(of("Ana <ana@example.com>").toString()).doesNotContain("ana@").doesNotContain("Ana");
    }
}
