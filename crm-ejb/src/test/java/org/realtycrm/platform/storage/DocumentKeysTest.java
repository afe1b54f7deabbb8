package org.realtycrm.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "photo.jpg", "properties/42/media/7f3a-1_b.jpg", "exports/2026/leads.csv", "A/b.c.d"})
    void accepts_keys_of_safe_segments(String key) {
        assertThat(DocumentKeys.requireValid(key)).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "a/../../b", "..", "../a", "a/..", "./a", "a/./b", "a//b", "a/",
            ".meta", "a/.c.jpg.meta", "a\\b", "..\\..\\windows", "C:/x", "a b", "ä.jpg", "a/b?c", "a%2F..",
            "a\u0000b", "a\nb", "~/x"})
    void refuses_keys_that_could_escape_or_clash(String key) {
        assertThatThrownBy(() -> DocumentKeys.requireValid(key)).isInstanceOf(IllegalArgumentException.class);
        assertThat(DocumentKeys.isValid(key)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void refuses_null_and_over_long_keys() {
        assertThat(DocumentKeys.isValid(null)).isFalse();
        assertThat(DocumentKeys.isValid("a".repeat(DocumentKeys.MAX_LENGTH))).isTrue();
        assertThatThrownBy(() -> DocumentKeys.requireValid("a".repeat(DocumentKeys.MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 512");
    }
}
