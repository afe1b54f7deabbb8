package org.realtycrm.it.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * The tests' domain's server log as a log shipper reads it: {@code logs/server.log}, one JSON event per line, and the
 * files rotated beside it. The server writes events from a queue of its own, so a test waits for the ones it expects.
 */
public final class ServerLog {

    private ServerLog() {
    }

    public static Path file() {
        return ItProperties.domainDir().resolve("logs").resolve("server.log");
    }

    /** The events that match, once at least one does; fails after {@code limit}. */
    public static List<JsonObject> await(Predicate<JsonObject> wanted, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (true) {
            List<JsonObject> found = events().stream().filter(wanted).toList();
            if (!found.isEmpty() || Instant.now().isAfter(deadline)) {
                return found;
            }
            Imports.pause(Duration.ofMillis(250));
        }
    }

    /** Every JSON event of server.log and its rotated files (the one rotated away when JSON began is not JSON). */
    public static List<JsonObject> events() {
        List<JsonObject> events = new ArrayList<>();
        for (Path file : files()) {
            for (String line : lines(file)) {
                if (line.startsWith("{")) {
                    try {
                        events.add(parse(line));
                    } catch (JsonException halfWritten) {
                        // the last line of a file the server is writing this instant
                    }
                }
            }
        }
        return events;
    }

    public static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonObject parse(String line) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        }
    }

    private static List<Path> files() {
        try (Stream<Path> files = Files.list(file().getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith("server.log")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
