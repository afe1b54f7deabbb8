package org.realtycrm.it.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * A real Prometheus server (Debian's {@code /usr/bin/prometheus}) started for a test: on a free port of the loopback
 * interface, with its data in a temporary directory, scraping one target every second and evaluating the given
 * rule file every second. {@link #close()} stops it and deletes its data.
 */
public final class Prometheus implements AutoCloseable {

    public static final String BINARY = "/usr/bin/prometheus";
    /** The job name alerts.yml and the dashboard filter on. */
    public static final String JOB = "realty-crm";

    private final Process process;
    private final Path home;
    private final String url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Prometheus(Process process, Path home, int port) {
        this.process = process;
        this.home = home;
        this.url = "http://127.0.0.1:" + port;
    }

    /** Starts it scraping {@code target} ({@code host:port}, path /metrics) with the rules of {@code rules}. */
    public static Prometheus start(String target, Path rules) {
        try {
            Path home = Files.createTempDirectory("crm-it-prometheus");
            int port = freePort();
            Path config = home.resolve("prometheus.yml");
            Files.writeString(config, """
                    global:
                      scrape_interval: 1s
                      evaluation_interval: 1s
                    rule_files:
                      - "%s"
                    scrape_configs:
                      - job_name: %s
                        metrics_path: /metrics
                        static_configs:
                          - targets: ["%s"]
                    """.formatted(rules.toAbsolutePath(), JOB, target));
            Process process = new ProcessBuilder(BINARY, "--config.file=" + config,
                    "--storage.tsdb.path=" + home.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
                    .redirectErrorStream(true).redirectOutput(home.resolve("prometheus.log").toFile()).start();
            Prometheus prometheus = new Prometheus(process, home, port);
            prometheus.awaitReady();
            return prometheus;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code GET /api/v1/<path>}: the answer's {@code data}, after checking that its status is "success". */
    public JsonObject api(String path) {
        JsonObject answer = getJson("/api/v1/" + path);
        if (!"success".equals(answer.getString("status", ""))) {
            throw new AssertionError("Prometheus answered " + answer + " to " + path);
        }
        return answer.getJsonObject("data");
    }

    /** An instant query; its {@code data}. */
    public JsonObject query(String promQl) {
        return api("query?query=" + URLEncoder.encode(promQl, StandardCharsets.UTF_8));
    }

    /** Polls {@code path} until {@code done} holds for its data; fails after {@code limit} with the last answer. */
    public JsonObject await(String path, Predicate<JsonObject> done, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        JsonObject last = api(path);
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("after " + limit + " Prometheus still answers " + last + " to " + path
                        + "\n--- its log ---\n" + log());
            }
            Imports.pause(Duration.ofMillis(500));
            last = api(path);
        }
        return last;
    }

    public String log() {
        try {
            return Files.readString(home.resolve("prometheus.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("prometheus exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(url + "/-/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Imports.pause(Duration.ofMillis(300));
        }
        close();
        throw new IllegalStateException("prometheus did not become ready within 60 s:\n" + log());
    }

    private JsonObject getJson(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
