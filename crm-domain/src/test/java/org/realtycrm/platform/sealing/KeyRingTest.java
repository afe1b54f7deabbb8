package org.realtycrm.platform.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class KeyRingTest {

    @Test
    void reads_versions_and_the_index_key_and_skips_comments() {
        KeyRing ring = KeyRing.parse(List.of("# keys", "", "2:" + TestKeys.key(2), "1 : " + TestKeys.key(1),
                "index:" + TestKeys.key(3)));

        assertThat(ring.dataKeys().keySet()).containsExactly(1, 2);
        assertThat(ring.activeVersion()).isEqualTo(2);
        assertThat(ring.indexKey()).hasSize(32);
    }

    @Test
    void a_file_without_an_index_key_serves_streams_but_not_fields() {
        KeyRing ring = KeyRing.parse(List.of("1:" + TestKeys.key(1)));

        assertThatThrownBy(ring::indexKey).isInstanceOf(IllegalStateException.class).hasMessageContaining("index:");
        assertThatThrownBy(() -> new FieldCipher(ring)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void names_the_line_of_a_mistake_and_never_a_key() {
        String key = TestKeys.key(1);
        assertThatThrownBy(() -> KeyRing.parse(List.of("1:" + key, "1:" + key)))
                .hasMessageContaining("line 2").hasMessageContaining("twice").hasMessageNotContaining(key);
        assertThatThrownBy(() -> KeyRing.parse(List.of("1:" + key, "index:" + key, "index:" + key)))
                .hasMessageContaining("line 3");
        assertThatThrownBy(() -> KeyRing.parse(List.of("1:c2hvcnQ="))).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> KeyRing.parse(List.of("one:" + key))).hasMessageContaining("line 1");
        assertThatThrownBy(() -> KeyRing.parse(List.of("index:" + key))).hasMessageContaining("no key");
    }

    @Test
    void an_active_line_names_the_version_that_encrypts_until_it_is_moved() {
        KeyRing pinned = KeyRing.parse(List.of("1:" + TestKeys.key(1), "2:" + TestKeys.key(2), "active:1",
                "index:" + TestKeys.key(3)));

        assertThat(pinned.activeVersion()).isEqualTo(1);
        assertThat(new FieldCipher(pinned).seal("x")).startsWith("v1:");
        assertThatThrownBy(() -> KeyRing.parse(List.of("1:" + TestKeys.key(1), "active:3")))
                .hasMessageContaining("active:3");
        assertThatThrownBy(() -> KeyRing.parse(List.of("1:" + TestKeys.key(1), "active:1", "active:1")))
                .hasMessageContaining("twice");
    }

    @Test
    void two_rings_make_the_same_indexes_only_with_the_same_index_key() {
        KeyRing ring = TestKeys.ring(1);

        assertThat(ring.sameIndexKey(TestKeys.ring(1, 2))).isTrue();
        assertThat(ring.sameIndexKey(KeyRing.parse(List.of("1:" + TestKeys.key(1), "index:" + TestKeys.key(7)))))
                .isFalse();
    }
}
