package org.realtycrm.campaign.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An email is disowned only when its sender's domain says so: SPF failed outright and no DKIM signature of the From
 * domain passed. Honest mail often has a soft fail or no verdict at all; it is not disowned.
 */
class SenderAuthenticationTest {

    @Test
    void a_hard_spf_fail_without_a_dkim_pass_disowns_the_email() {
        assertThat(new SenderAuthentication("fail", "none").disowns("ana@example.com")).isTrue();
        assertThat(new SenderAuthentication(" FAIL ", "{@example.com : fail}").disowns("ana@example.com")).isTrue();
    }

    @Test
    void a_dkim_pass_of_the_from_domain_vouches_for_the_email_whatever_spf_says() {
        assertThat(new SenderAuthentication("fail", "{@example.com : pass}").disowns("ana@example.com")).isFalse();
        assertThat(new SenderAuthentication("fail", "{@mail.example.com : fail, @example.com : pass}")
                .disowns("Ana@Example.com")).isFalse();
    }

    @Test
    void a_dkim_pass_of_a_parent_domain_or_a_subdomain_vouches_too() {
        assertThat(new SenderAuthentication("fail", "{@example.com : pass}").disowns("ana@mail.example.com"))
                .isFalse();
        assertThat(new SenderAuthentication("fail", "{@mail.example.com : pass}").disowns("ana@example.com"))
                .isFalse();
    }

    @Test
    void a_dkim_pass_of_another_domain_does_not() {
        assertThat(new SenderAuthentication("fail", "{@mailer.example.net : pass}").disowns("ana@example.com"))
                .isTrue();
        assertThat(new SenderAuthentication("fail", "{@notexample.com : pass}").disowns("ana@example.com"))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pass", "softfail", "neutral", "none", "temperror", "permerror", ""})
    void anything_short_of_a_hard_spf_fail_disowns_nothing(String spf) {
        assertThat(new SenderAuthentication(spf, "none").disowns("ana@example.com")).isFalse();
    }

    @Test
    void missing_verdicts_disown_nothing() {
        assertThat(new SenderAuthentication(null, null).disowns("ana@example.com")).isFalse();
    }
}
