package org.realtycrm.campaign.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An email is vouched for only by the From address's own domain: its DKIM signature passing, or SPF passing for an
 * envelope sender of that domain. SPF passing for someone else's envelope domain, or a signature of another domain,
 * says nothing of who wrote the From header.
 */
class SenderAuthenticationTest {

    @Test
    void a_passing_dkim_signature_of_the_from_domain_vouches_whatever_spf_says() {
        assertThat(new SenderAuthentication("fail", "{@example.com : pass}")
                .vouchedFor("ana@example.com", "bounce@mailer.example.net")).isTrue();
        assertThat(new SenderAuthentication("none", "{@mail.example.com : fail, @Example.com : pass}")
                .vouchedFor("Ana@EXAMPLE.com", null)).isTrue();
    }

    @Test
    void spf_passing_for_an_envelope_sender_of_the_from_domain_vouches() {
        assertThat(new SenderAuthentication("pass", "none").vouchedFor("ana@example.com", "ana@example.com"))
                .isTrue();
        assertThat(new SenderAuthentication("pass", "").vouchedFor("ana@example.com", "bounces@mx.example.com"))
                .as("a subdomain of the same organisation").isTrue();
    }

    @Test
    void spf_passing_for_someone_else_s_envelope_domain_does_not() {
        assertThat(new SenderAuthentication("pass", "none").vouchedFor("lead@gmail.example", "x@attacker.example"))
                .isFalse();
        assertThat(new SenderAuthentication("pass", "none").vouchedFor("ana@example.com", "x@notexample.com"))
                .as("a name that merely ends the same").isFalse();
    }

    @Test
    void a_signature_of_another_domain_does_not() {
        assertThat(new SenderAuthentication("fail", "{@bulk-sender.example : pass}")
                .vouchedFor("ana@example.com", "ana@example.com")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fail", "softfail", "neutral", "none", "temperror", "permerror", ""})
    void spf_short_of_a_pass_vouches_for_nothing_without_a_signature(String spf) {
        assertThat(new SenderAuthentication(spf, "none").vouchedFor("ana@example.com", "ana@example.com")).isFalse();
    }

    @Test
    void a_bounce_s_empty_envelope_or_missing_verdicts_vouch_for_nothing() {
        assertThat(new SenderAuthentication("pass", "none").vouchedFor("ana@example.com", "<>")).isFalse();
        assertThat(new SenderAuthentication(null, null).vouchedFor("ana@example.com", "ana@example.com")).isFalse();
        assertThat(new SenderAuthentication("pass", "{@example.com : pass}").vouchedFor("not an address", null))
                .isFalse();
    }
}
