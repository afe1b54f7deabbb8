package org.realtycrm.platform.sealing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's cipher follows its key file through a {@link KeyFileWatch}. */
class FieldCiphersTest {

    @TempDir
    Path temp;

    @AfterEach
    void forget() {
        FieldCiphers.use(new FieldCipher(TestKeys.ring(1)));
    }

    @Test
    void a_rotated_key_file_seals_with_the_new_version_and_still_opens_the_old_one() throws Exception {
        Path file = Files.write(temp.resolve("data-keys"),
                List.of("1:" + TestKeys.key(1), "index:" + TestKeys.key(99)));
        MovingClock clock = new MovingClock();
        FieldCiphers.use(new KeyFileWatch(file, clock));
        String before = FieldCiphers.current().seal("maria@example.com");

        rewrite(file, List.of("1:" + TestKeys.key(1), "2:" + TestKeys.key(2), "index:" + TestKeys.key(99)));
        assertThat(FieldCiphers.current().activeVersion()).as("not looked at yet").isEqualTo(1);
        clock.advance(KeyFileWatch.LOOK_EVERY.plusSeconds(1));

        assertThat(FieldCiphers.current().activeVersion()).isEqualTo(2);
        assertThat(FieldCiphers.current().seal("x")).startsWith("v2:");
        assertThat(FieldCiphers.current().open(before)).isEqualTo("maria@example.com");
    }

    @Test
    void a_changed_file_that_lost_its_index_key_keeps_the_cipher_it_had() throws Exception {
        Path file = Files.write(temp.resolve("data-keys"),
                List.of("1:" + TestKeys.key(1), "index:" + TestKeys.key(99)));
        MovingClock clock = new MovingClock();
        FieldCiphers.use(new KeyFileWatch(file, clock));
        String index = FieldCiphers.current().blindIndex(FieldCipher.EMAIL, "maria@example.com");

        rewrite(file, List.of("1:" + TestKeys.key(1), "2:" + TestKeys.key(2)));
        clock.advance(KeyFileWatch.LOOK_EVERY.plusSeconds(1));

        assertThat(FieldCiphers.current().activeVersion()).isEqualTo(1);
        assertThat(FieldCiphers.current().blindIndex(FieldCipher.EMAIL, "maria@example.com")).isEqualTo(index);
    }

    private static void rewrite(Path file, List<String> lines) throws Exception {
        FileTime before = Files.getLastModifiedTime(file);
        Files.write(file, lines);
        Files.setLastModifiedTime(file, FileTime.from(before.toInstant().plusSeconds(10))); // coarse clocks
    }
}
