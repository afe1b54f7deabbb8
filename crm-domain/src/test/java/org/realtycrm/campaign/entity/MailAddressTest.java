package org.realtycrm.campaign.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.platform.problem.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"ana@example.com", "ana.lima+alerts@mail.example.co.uk", "o'neil@example.com",
            "x_y-z=1@sub-domain.example", "a@b.io", "user@xn--bcher-kva.example"})
    void plain_addresses_are_taken(String address) {
        assertThat(MailAddress.of("to", address)).isEqualTo(address);
    }

    @Test
    void an_address_is_stripped_and_lower_cased() {
        assertThat(MailAddress.of("to", "  Ana.Lima@Example.COM ")).isEqualTo("ana.lima@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana@example.com\r\nBcc: victim@example.com", "ana@example.com\r\n", "\tana@example.com",
            "ana@example.com\nX-Injected: 1", "ana@exam\rple.com", "ana\u0000@example.com", "Ana <ana@example.com>",
            "ana@example.com, eve@example.com",
            "ana@example.com;eve@example.com", "\"ana lima\"@example.com", "ana lima@example.com", "ana@[127.0.0.1]",
            "ana@localhost", "ana@example", "ana@@example.com", "ana@example..com", ".ana@example.com",
            "ana.@example.com", "an..a@example.com", "ana@-example.com", "ana@example-.com", "ana@example.123",
            "@example.com", "ana@", "ana", "ana@example.com.", "ana(comment)@example.com", "ana@exa_mple.com",
            "anä@example.com", "ana@exämple.com"})
    void anything_but_a_plain_address_is_refused_without_repeating_it(String address) {
        assertThatThrownBy(() -> MailAddress.of("to", address))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("to: is not a valid email address");
    }

    @Test
    void blank_is_refused_as_blank() {
        assertThatThrownBy(() -> MailAddress.of("to", "  ")).hasMessage("to: must not be blank");
        assertThatThrownBy(() -> MailAddress.of("to", null)).hasMessage("to: must not be blank");
    }

    @Test
    void at_most_254_characters_and_64_before_the_at() {
        String domain = "@" + "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + ".example";
        String longest = "a".repeat(254 - domain.length()) + domain;
        assertThat(longest).hasSize(254);
        assertThat(MailAddress.isValid(longest)).isTrue();
        assertThat(MailAddress.isValid("a" + longest)).isFalse();

        assertThat(MailAddress.isValid("l".repeat(64) + "@example.com")).isTrue();
        assertThat(MailAddress.isValid("l".repeat(65) + "@example.com")).isFalse();
    }

    @Test
    void a_host_label_is_at_most_63_characters() {
        assertThat(MailAddress.isValid("ana@" + "h".repeat(63) + ".example")).isTrue();
        assertThat(MailAddress.isValid("ana@" + "h".repeat(64) + ".example")).isFalse();
    }
}
