package org.realtycrm.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Tracerfy's batch trace as its API documentation describes it, for the system tests: {@code POST /v1/api/trace/}
 * takes the owners as {@code json_data} and answers a queue id; {@code GET /v1/api/queues/} lists the account's
 * queues, newest first (a queue is pending for its first look, then complete); {@code GET /v1/api/queue/{id}} gives
 * the queue's records, each echoing its row's address and name. Every request needs the bearer key the IT profile
 * configures. Owners whose last name is one of those given at the start come back with nothing; every other owner
 * gets a mobile (319-24q-rrrr: q the queue's last digit, r the row's position) and a landline (319-25q-rrrr), and an
 * email; a fake started {@link #start(List, int) with other exchanges} (26 and 27, say) gives numbers and emails of
 * its own, so that the owners of two test classes are not one lead (the pipeline merges owners by phone and email).
 * The server under test reaches it on the port
 * its configuration names ({@code %it.crm.pipeline.skip-trace.tracerfy.base-url}).
 */
public final class FakeTracerfy implements AutoCloseable {

    public static final int PORT = 18095;
    private static final String KEY = "Bearer it-tracerfy-key-not-a-secret";
    private static final Pattern QUEUE = Pattern.compile("/v1/api/queue/(\\d+)/?");

    private final HttpServer server;
    private final AtomicLong ids = new AtomicLong(1000);
    private final Map<Long, JsonArray> queues = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> looked = new ConcurrentHashMap<>();
    private final List<JsonArray> submitted = new ArrayList<>();
    private final List<String> withoutHits;
    /** The first two digits of the mobiles' exchange; the landlines' is the next. */
    private final int exchange;
    private volatile boolean holding;

    private FakeTracerfy(List<String> withoutHits, int exchange) throws IOException {
        this.withoutHits = withoutHits.stream().map(name -> name.toUpperCase(Locale.ROOT)).toList();
        this.exchange = exchange;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeTracerfy start(List<String> lastNamesWithoutHits) {
        return start(lastNamesWithoutHits, 24);
    }

    /** @param exchange the first two digits of the mobiles' exchange (24: 319-24q-rrrr); the landlines' is the next */
    public static FakeTracerfy start(List<String> lastNamesWithoutHits, int exchange) {
        try {
            return new FakeTracerfy(lastNamesWithoutHits, exchange);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps every queue pending until {@link #release()}: a vendor that takes its time. */
    public void hold() {
        holding = true;
    }

    public void release() {
        holding = false;
    }

    /** The rows of every batch submitted so far, in order. */
    public synchronized List<JsonArray> submitted() {
        return List.copyOf(submitted);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!KEY.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, Json.createObjectBuilder().add("detail", "Invalid token.").build().toString());
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Matcher queue = QUEUE.matcher(path);
            if ("POST".equals(exchange.getRequestMethod()) && path.equals("/v1/api/trace/")) {
                submit(exchange);
            } else if (path.equals("/v1/api/queues/")) {
                list(exchange);
            } else if (queue.matches() && queues.containsKey(Long.parseLong(queue.group(1)))) {
                answer(exchange, 200, records(Long.parseLong(queue.group(1))).toString());
            } else {
                answer(exchange, 404, "{\"detail\": \"Not found.\"}");
            }
        }
    }

    private void submit(HttpExchange exchange) throws IOException {
        JsonObject body;
        try (InputStream in = exchange.getRequestBody()) {
            body = Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                    .readObject();
        }
        JsonArray rows = Json.createReader(new StringReader(body.getString("json_data"))).readArray();
        long id = ids.incrementAndGet();
        queues.put(id, rows);
        synchronized (this) {
            submitted.add(rows);
        }
        answer(exchange, 200, Json.createObjectBuilder().add("message", "Queue created").add("queue_id", id)
                .add("status", "pending").add("rows_uploaded", rows.size()).build().toString());
    }

    private void list(HttpExchange exchange) throws IOException {
        JsonArrayBuilder list = Json.createArrayBuilder();
        queues.keySet().stream().sorted((a, b) -> Long.compare(b, a)).forEach(id -> {
            // pending at the first look (a real queue takes a while), and while held
            boolean pending = looked.put(id, true) == null || holding;
            list.add(Json.createObjectBuilder().add("id", id).add("created_at", "2026-12-05T10:00:00Z")
                    .add("pending", pending).add("queue_type", "api").add("trace_type", "normal")
                    .add("rows_uploaded", queues.get(id).size()).add("credits_deducted", pending ? 0
                            : queues.get(id).size()));
        });
        answer(exchange, 200, list.build().toString());
    }

    private JsonArray records(long queueId) {
        JsonArrayBuilder records = Json.createArrayBuilder();
        JsonArray rows = queues.get(queueId);
        for (int i = 0; i < rows.size(); i++) {
            JsonObject row = rows.getJsonObject(i);
            JsonObjectBuilder record = Json.createObjectBuilder()
                    .add("address", row.getString("address")).add("city", row.getString("city"))
                    .add("state", row.getString("state")).add("first_name", row.getString("first_name"))
                    .add("last_name", row.getString("last_name"))
                    .add("mail_address", row.getString("mail_address")).add("mail_city", row.getString("mail_city"))
                    .add("mail_state", row.getString("mail_state"));
            if (withoutHits.contains(row.getString("last_name").toUpperCase(Locale.ROOT))) {
                record.add("primary_phone", "").add("email_1", "");
            } else {
                String suffix = (queueId % 10) + "-" + String.format("%04d", i);
                String mailbox = exchange == 24 ? suffix : exchange + "-" + suffix;
                record.add("primary_phone", "(319) " + exchange + suffix).add("primary_phone_type", "Mobile")
                        .add("mobile_1", "(319) " + exchange + suffix)
                        .add("landline_1", "(319) " + (exchange + 1) + suffix)
                        .add("email_1", row.getString("last_name").toLowerCase(Locale.ROOT) + "." + mailbox
                                + "@example.com");
            }
            records.add(record);
        }
        return records.build();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
