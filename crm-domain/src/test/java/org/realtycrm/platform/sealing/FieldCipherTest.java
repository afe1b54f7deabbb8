package org.realtycrm.platform.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private final FieldCipher cipher = new FieldCipher(TestKeys.ring(1));

    @Test
    void seals_a_value_that_opens_again_and_does_not_show_it() {
        String sealed = cipher.seal("ana.lopez@example.com");

        assertThat(sealed).startsWith("v1:").doesNotContain("ana").doesNotContain("example");
        assertThat(cipher.open(sealed)).isEqualTo("ana.lopez@example.com");
    }

    @Test
    void seals_the_same_value_differently_each_time() {
        assertThat(cipher.seal("+14155550132")).isNotEqualTo(cipher.seal("+14155550132"));
    }

    @Test
    void keeps_null_and_empty_text() {
        assertThat(cipher.seal(null)).isNull();
        assertThat(cipher.open(null)).isNull();
        assertThat(cipher.open(cipher.seal(""))).isEmpty();
        assertThat(cipher.open(cipher.seal("Grüße, 東京 🏠"))).isEqualTo("Grüße, 東京 🏠");
    }

    @Test
    void seals_with_the_highest_version_and_opens_every_version() {
        String old = cipher.seal("called back");
        FieldCipher rotated = new FieldCipher(TestKeys.ring(1, 2));

        String fresh = rotated.seal("called back");

        assertThat(fresh).startsWith("v2:");
        assertThat(rotated.open(old)).isEqualTo("called back");
        assertThat(rotated.isCurrent(old)).isFalse();
        assertThat(rotated.isCurrent(fresh)).isTrue();
    }

    @Test
    void refuses_a_value_whose_key_is_gone_or_that_was_changed() {
        String sealed = new FieldCipher(TestKeys.ring(1, 2)).seal("x");
        assertThatThrownBy(() -> cipher.open(sealed)).isInstanceOf(SealingException.class)
                .hasMessageContaining("key version 2");

        byte[] bytes = Base64.getDecoder().decode(cipher.seal("a secret").substring(3));
        bytes[bytes.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher.open(tampered)).isInstanceOf(SealingException.class)
                .hasMessageContaining("changed");
    }

    @Test
    void refuses_text_that_is_not_sealed() {
        assertThatThrownBy(() -> cipher.open("ana@example.com")).isInstanceOf(SealingException.class);
        assertThatThrownBy(() -> cipher.open("v1:AAAA")).isInstanceOf(SealingException.class)
                .hasMessageContaining("cut short");
    }

    @Test
    void a_value_sealed_under_another_key_of_the_same_version_does_not_open() {
        KeyRing other = KeyRing.parse(java.util.List.of("1:" + TestKeys.key(7), "index:" + TestKeys.key(99)));
        String sealed = new FieldCipher(other).seal("x");

        assertThatThrownBy(() -> cipher.open(sealed)).isInstanceOf(SealingException.class);
    }

    @Test
    void blind_indexes_are_equal_for_equal_values_only_and_differ_by_purpose() {
        String index = cipher.blindIndex(FieldCipher.EMAIL, "ana@example.com");

        assertThat(index).hasSize(43).isEqualTo(cipher.blindIndex(FieldCipher.EMAIL, "ana@example.com"))
                .isNotEqualTo(cipher.blindIndex(FieldCipher.EMAIL, "ana@example.org"))
                .isNotEqualTo(cipher.blindIndex(FieldCipher.PHONE, "ana@example.com"));
        // a rotation of the data keys leaves the indexes as they are
        assertThat(new FieldCipher(TestKeys.ring(1, 2)).blindIndex(FieldCipher.EMAIL, "ana@example.com"))
                .isEqualTo(index);
        assertThat(cipher.blindIndex(FieldCipher.EMAIL, null)).isNull();
    }
}
