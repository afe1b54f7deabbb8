package org.realtycrm.platform.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileWatchTest {

    @TempDir
    Path temp;

    private final MovingClock clock = new MovingClock();

    @Test
    void a_changed_file_is_read_again_once_the_look_interval_has_passed() throws Exception {
        Path file = Files.write(temp.resolve("data-keys"),
                List.of("1:" + TestKeys.key(1), "index:" + TestKeys.key(99)));
        KeyFileWatch watch = new KeyFileWatch(file, clock);
        KeyRing first = watch.current();

        append(file, "2:" + TestKeys.key(2));
        assertThat(watch.current()).as("not looked at again within " + KeyFileWatch.LOOK_EVERY).isSameAs(first);

        clock.advance(KeyFileWatch.LOOK_EVERY.plusMillis(1));
        KeyRing second = watch.current();
        assertThat(second.activeVersion()).isEqualTo(2);
        assertThat(second.dataKeys()).containsOnlyKeys(1, 2);

        clock.advance(KeyFileWatch.LOOK_EVERY.plusMillis(1));
        assertThat(watch.current()).as("an unchanged file is not read again").isSameAs(second);
    }

    @Test
    void a_file_broken_by_an_edit_keeps_the_keys_read_before() throws Exception {
        Path file = Files.write(temp.resolve("data-keys"), List.of("1:" + TestKeys.key(1)));
        KeyFileWatch watch = new KeyFileWatch(file, clock);

        append(file, "2:not base64 of a key!");
        clock.advance(KeyFileWatch.LOOK_EVERY.plusMillis(1));

        assertThat(watch.current().activeVersion()).isEqualTo(1);
    }

    @Test
    void the_first_read_fails_when_the_file_is_missing_or_wrong() throws Exception {
        assertThatThrownBy(() -> new KeyFileWatch(temp.resolve("missing"), clock))
                .hasMessageContaining("cannot read the data key file");
        Path wrong = Files.write(temp.resolve("wrong"), List.of("# no key"));
        assertThatThrownBy(() -> new KeyFileWatch(wrong, clock)).hasMessageContaining("no key");
    }

    private static void append(Path file, String line) throws Exception {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.setLastModifiedTime(file, FileTime.from(before.toInstant().plusSeconds(10))); // coarse clocks
    }
}
