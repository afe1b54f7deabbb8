package org.realtycrm.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.FieldCiphers;
import org.realtycrm.platform.sealing.TestKeys;

class SealedChangesTest {

    private final SealedChanges converter = new SealedChanges();

    @BeforeEach
    void keys() {
        FieldCiphers.use(new FieldCipher(TestKeys.ring(1)));
    }

    @Test
    void seals_contact_data_and_keeps_the_rest_readable() {
        String json = """
                {"firstName":{"from":null,"to":"Ana"},"email":{"from":"a@x.com","to":"ana@example.com"},\
                "phones":{"from":null,"to":"+14155550132 (MOBILE)"},"notes":{"from":"old","to":null}}""";

        String stored = converter.convertToDatabaseColumn(json);

        assertThat(stored).contains("\"firstName\":{\"from\":null,\"to\":\"Ana\"}")
                .doesNotContain("example.com").doesNotContain("a@x.com").doesNotContain("4155550132")
                .doesNotContain("old").contains("\"to\":null");
        assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(json);
    }

    @Test
    void leaves_changes_without_contact_data_as_they_are() {
        String json = "{\"status\":{\"from\":\"NEW\",\"to\":\"CONTACTED\"}}";

        assertThat(converter.convertToDatabaseColumn(json)).isEqualTo(json);
        assertThat(converter.convertToEntityAttribute(json)).isEqualTo(json);
    }

    @Test
    void seals_a_note() {
        String stored = SealedChanges.seal("{\"note\":{\"from\":null,\"to\":\"wants a 3-bed\"}}");

        assertThat(stored).doesNotContain("3-bed").contains("\"from\":null");
    }
}
