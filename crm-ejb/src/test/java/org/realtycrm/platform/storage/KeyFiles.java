package org.realtycrm.platform.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Data key files for the store's tests: a random key per version, and the index key the server's files carry. */
final class KeyFiles {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** One index key for every file a test writes, as a server's file keeps it for life (a changed one is refused). */
    private static final String INDEX_KEY = randomKey();

    private KeyFiles() {
    }

    static Path write(Path file, int... versions) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int version : versions) {
            lines.add(version + ":" + randomKey());
        }
        lines.add("index:" + INDEX_KEY);
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** What {@code ./crm rotate-key} does: a line with the next version, and a modification time that moved. */
    static void addVersion(Path file, int version) throws IOException {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, version + ":" + randomKey() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        // a coarse file system clock could leave the time as it was within the same second
        Files.setLastModifiedTime(file, FileTime.from(before.toInstant().plus(Duration.ofSeconds(10))));
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
