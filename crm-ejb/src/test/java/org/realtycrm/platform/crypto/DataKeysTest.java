package org.realtycrm.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class DataKeysTest {

    private static final byte[] HEADER = "header".getBytes(StandardCharsets.US_ASCII);

    static String keyLine(int version) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return version + ":" + Base64.getEncoder().encodeToString(key);
    }

    private static byte[] encrypt(DataKeys keys, byte[] plain) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (OutputStream out = keys.encrypting(sink, HEADER)) {
            out.write(plain);
        }
        return sink.toByteArray();
    }

    private static byte[] decrypt(DataKeys keys, byte[] cipher, byte[] header) throws IOException {
        try (InputStream in = keys.decrypting(new ByteArrayInputStream(cipher), header)) {
            return in.readAllBytes();
        }
    }

    private static byte[] plain(int size) {
        byte[] plain = new byte[size];
        new SecureRandom().nextBytes(plain);
        return plain;
    }

    @Test
    void aStreamOfSeveralSegmentsComesBackAsItWasAndIsNotReadableWithoutTheKey() throws IOException {
        DataKeys keys = DataKeys.parse(List.of("# comment", keyLine(1)));
        byte[] plain = plain(3 * (1 << 20) + 17);
        byte[] cipher = encrypt(keys, plain);

        assertThat(decrypt(keys, cipher, HEADER)).isEqualTo(plain);
        assertThatThrownBy(() -> decrypt(DataKeys.parse(List.of(keyLine(1))), cipher, HEADER))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aChangedByteACutEndOrAnotherHeaderFailsDecryption() throws IOException {
        DataKeys keys = DataKeys.parse(List.of(keyLine(1)));
        byte[] cipher = encrypt(keys, plain(2 * (1 << 20)));

        byte[] changed = cipher.clone();
        changed[changed.length / 2] ^= 1;
        assertThatThrownBy(() -> decrypt(keys, changed, HEADER)).isInstanceOf(IOException.class);
        byte[] cut = Arrays.copyOf(cipher, cipher.length - (1 << 20));
        assertThatThrownBy(() -> decrypt(keys, cut, HEADER)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> decrypt(keys, cipher, "other".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void afterRotationTheNewestKeyEncryptsAndTheOldOneStillDecrypts() throws IOException {
        String first = keyLine(1);
        DataKeys before = DataKeys.parse(List.of(first));
        byte[] old = encrypt(before, plain(1000));
        DataKeys after = DataKeys.parse(List.of(first, keyLine(2)));

        assertThat(after.activeVersion()).isEqualTo(2);
        assertThat(decrypt(after, old, HEADER)).hasSize(1000);
        byte[] fresh = encrypt(after, plain(1000));
        assertThatThrownBy(() -> decrypt(before, fresh, HEADER)).isInstanceOf(IOException.class);
    }

    @Test
    void aBadKeyFileIsRefusedNamingTheLineButNeverTheKey() {
        assertThatThrownBy(() -> DataKeys.parse(List.of("1:c2hvcnQ="))).hasMessageContaining("line 1")
                .hasMessageContaining("32 bytes").hasMessageNotContaining("c2hvcnQ");
        assertThatThrownBy(() -> DataKeys.parse(List.of("no key here"))).hasMessageContaining("line 1");
        String line = keyLine(3);
        assertThatThrownBy(() -> DataKeys.parse(List.of(line, line))).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> DataKeys.parse(List.of("# only a comment"))).hasMessageContaining("no key");
    }
}
