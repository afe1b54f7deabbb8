package org.realtycrm.platform.sealing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BlindIndexTest {

    private final FieldCipher cipher = new FieldCipher(TestKeys.ring(1));
    private final BlindIndex email = new BlindIndex.Email();

    @BeforeEach
    void keys() {
        FieldCiphers.use(cipher);
    }

    @Test
    void stores_the_index_of_a_plain_value() {
        assertThat(email.convertToDatabaseColumn("ana@example.com"))
                .isEqualTo(cipher.blindIndex(FieldCipher.EMAIL, "ana@example.com"));
        assertThat(new BlindIndex.Phone().convertToDatabaseColumn("+14155550132"))
                .isEqualTo(cipher.blindIndex(FieldCipher.PHONE, "+14155550132"));
        assertThat(email.convertToDatabaseColumn(null)).isNull();
    }

    @Test
    void a_loaded_index_is_written_back_unchanged() {
        String stored = cipher.blindIndex(FieldCipher.EMAIL, "ana@example.com");

        String loaded = email.convertToEntityAttribute(stored);

        assertThat(loaded).isNotEqualTo("ana@example.com");
        assertThat(email.convertToDatabaseColumn(loaded)).isEqualTo(stored);
        assertThat(email.convertToEntityAttribute(null)).isNull();
    }
}
