package org.realtycrm.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * SendGrid's v3 mail send as its API reference describes it, for the system tests: {@code POST /v3/mail/send} with
 * {@code Authorization: Bearer <key>} (the IT profile's key, else 401 with SendGrid's error body) and the JSON
 * message; answers 202 with an {@code X-Message-Id}, or 400 with SendGrid's {@code {"errors": [...]}} when the
 * recipient's address starts with {@code bounce-}. The server under test reaches it on the port its configuration
 * names ({@code %it.crm.mail.sendgrid.base-url}).
 */
public final class FakeSendGrid implements AutoCloseable {

    public static final int PORT = 18096;
    static final String KEY = "SG.it-sendgrid-key.not-a-secret";

    /** A message the fake accepted, with the id it answered. */
    public record Received(String messageId, JsonObject body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private FakeSendGrid() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        server.createContext("/v3/mail/send", this::mailSend);
        server.start();
    }

    public static FakeSendGrid start() {
        try {
            return new FakeSendGrid();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + PORT, e);
        }
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The messages accepted for this address (its first recipient), in order. */
    public List<Received> receivedTo(String address) {
        return received.stream().filter(message -> address.equalsIgnoreCase(message.body()
                .getJsonArray("personalizations").getJsonObject(0).getJsonArray("to").getJsonObject(0)
                .getString("email"))).toList();
    }

    private void mailSend(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!exchange.getRequestMethod().equals("POST")) {
                answer(exchange, 405, "{\"errors\":[{\"message\":\"method not allowed\"}]}");
                return;
            }
            if (!("Bearer " + KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "{\"errors\":[{\"field\":null,\"message\":\"The provided authorization grant "
                        + "is invalid, expired, or revoked\",\"help\":null}]}");
                return;
            }
            JsonObject message = Json.createReader(new StringReader(body)).readObject();
            String to = message.getJsonArray("personalizations").getJsonObject(0).getJsonArray("to")
                    .getJsonObject(0).getString("email");
            if (to.startsWith("bounce-")) {
                answer(exchange, 400, "{\"errors\":[{\"field\":\"personalizations.0.to\",\"message\":\"Does not "
                        + "contain a valid address.\",\"help\":null}]}");
                return;
            }
            String id = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
            received.add(new Received(id, message));
            exchange.getResponseHeaders().add("X-Message-Id", id);
            exchange.sendResponseHeaders(202, -1);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
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
