package org.realtycrm.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * Twilio's Messages API as its API reference describes it, for the system tests:
 * {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json} with HTTP Basic auth (the IT profile's account SID and
 * auth token, else 401 with Twilio's error 20003) and a form of {@code To}, {@code From} or
 * {@code MessagingServiceSid}, {@code Body} and optionally {@code StatusCallback}. It answers 201 with Twilio's message
 * resource (a new {@code SM…} SID, status {@code queued}, or {@code accepted} through a Messaging Service), 400 with
 * Twilio's error 21610 for a number that {@link #optOut(String) opted out} (replied STOP), and 400 with Twilio's
 * errors for a form without a recipient, a sender or a body. The server under test reaches it on the port its
 * configuration names ({@code %it.crm.sms.twilio.base-url}); nothing is ever texted.
 *
 * <p>A test may make it misbehave as Twilio sometimes does: {@link #failNext(int, int) answer the next requests with
 * a server error} (500, 503: nothing is sent, and the caller may try again), or {@link #hold() hold its answers}: a
 * text it takes is sent (it is in {@link #received()} at once) while the answer waits until {@link #release()}, as
 * when Twilio is slow to answer. Each request is answered on a thread of its own, so that held answers do not hold
 * up the others.
 */
public final class FakeTwilio implements AutoCloseable {

    public static final int PORT = 18097;
    /** The IT profile's account ({@code %it.crm.sms.twilio.account-sid}). */
    public static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    /** The IT profile's auth token ({@code %it.crm.sms.twilio.auth-token}), which also signs the webhooks. */
    public static final String AUTH_TOKEN = "it-twilio-token-not-a-secret";

    private static final String API_VERSION = "2010-04-01";
    private static final Pattern MESSAGES = Pattern.compile("/2010-04-01/Accounts/([^/]+)/Messages\\.json");
    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
            Locale.US);

    /**
     * A text the fake accepted, with the SID it answered.
     *
     * @param from the number it is sent from, null when a Messaging Service sends it
     * @param messagingServiceSid null when sent from a number
     * @param statusCallback null when the server asked for no delivery reports
     */
    public record Message(String sid, String to, String from, String messagingServiceSid, String body,
            String statusCallback) {
    }

    /** A held answer waits at most this long: a test that forgets to release never hangs the build. */
    private static final long MAX_HOLD_MILLIS = TimeUnit.MINUTES.toMillis(5);

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-twilio");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Message> received = new CopyOnWriteArrayList<>();
    private final Set<String> optedOut = ConcurrentHashMap.newKeySet();
    /** Guards the fields below: whether answers are held, how many more are answered first, who waits. */
    private final Object answers = new Object();
    private boolean holding;
    private int answeredBeforeHolding = -1;
    private int waiting;
    private final AtomicInteger failuresToAnswer = new AtomicInteger();
    private volatile int failureStatus = 500;
    private final AtomicInteger failedRequests = new AtomicInteger();

    private FakeTwilio() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        server.createContext("/", this::api);
        server.setExecutor(threads);
        server.start();
    }

    public static FakeTwilio start() {
        try {
            return new FakeTwilio();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + PORT, e);
        }
    }

    /** Every text accepted, in order. */
    public List<Message> received() {
        return List.copyOf(received);
    }

    /** The texts accepted for this number (E.164), in order. */
    public List<Message> receivedTo(String e164) {
        return received.stream().filter(message -> message.to().equals(e164)).toList();
    }

    /** From now on, texts to this number (E.164) are refused as Twilio refuses them after a STOP: error 21610. */
    public void optOut(String e164) {
        optedOut.add(e164);
    }

    /**
     * Answers the next {@code count} message requests with this HTTP status (500, 503, 429) and Twilio's error body,
     * sending nothing: Twilio having a bad moment.
     */
    public void failNext(int count, int status) {
        failureStatus = status;
        failuresToAnswer.set(count);
    }

    /** How many message requests were answered with a {@link #failNext(int, int) server error} so far. */
    public int failedRequests() {
        return failedRequests.get();
    }

    /** From now on every text is taken (sent) at once, but its answer waits until {@link #release()}. */
    public void hold() {
        holdAfter(0);
    }

    /** Answers {@code count} more texts at once, then {@link #hold() holds} the answers of the ones after them. */
    public void holdAfter(int count) {
        synchronized (answers) {
            holding = count == 0;
            answeredBeforeHolding = count == 0 ? -1 : count;
        }
    }

    /** Sends every held answer (to whoever still waits for it) and answers at once from now on. */
    public void release() {
        synchronized (answers) {
            holding = false;
            answeredBeforeHolding = -1;
            answers.notifyAll();
        }
    }

    /** How many answers are held now: texts taken whose sender still waits to hear so. */
    public int held() {
        synchronized (answers) {
            return waiting;
        }
    }

    /** Forgets the texts accepted and the numbers opted out, answers at once again, and fails nothing more. */
    public void clear() {
        release();
        failuresToAnswer.set(0);
        failedRequests.set(0);
        received.clear();
        optedOut.clear();
    }

    /** Waits while answers are held (the text is taken already). */
    private void awaitTurnToAnswer() {
        synchronized (answers) {
            if (answeredBeforeHolding > 0 && --answeredBeforeHolding == 0) {
                holding = true; // this one is answered; the next ones wait
                answeredBeforeHolding = -1;
                return;
            }
            long deadline = System.currentTimeMillis() + MAX_HOLD_MILLIS;
            waiting++;
            try {
                while (holding && System.currentTimeMillis() < deadline) {
                    answers.wait(Math.max(1, deadline - System.currentTimeMillis()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                waiting--;
            }
        }
    }

    /** Whether this request is one to fail (and counts it). */
    private boolean failThisOne() {
        return failuresToAnswer.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
    }

    private void api(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getRawPath();
            Matcher messages = MESSAGES.matcher(path);
            if (!messages.matches()) {
                error(exchange, 404, 20404, "The requested resource " + path + " was not found");
                return;
            }
            if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))
                    || !messages.group(1).equals(ACCOUNT_SID)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"Twilio API\"");
                error(exchange, 401, 20003, "Authenticate");
                return;
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                error(exchange, 405, 20004, "Method not allowed");
                return;
            }
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            Map<String, String> form = contentType != null
                    && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                    ? form(body) : Map.of();
            String to = form.get("To");
            String from = form.get("From");
            String service = form.get("MessagingServiceSid");
            String text = form.get("Body");
            if (to == null || to.isBlank()) {
                error(exchange, 400, 21604, "A 'To' phone number is required.");
            } else if ((from == null || from.isBlank()) && (service == null || service.isBlank())) {
                error(exchange, 400, 21603, "A 'From' phone number is required.");
            } else if (text == null || text.isEmpty()) {
                error(exchange, 400, 21602, "Message body is required.");
            } else if (failThisOne()) {
                failedRequests.incrementAndGet();
                int status = failureStatus;
                error(exchange, status, status == 429 ? 20429 : 20500, status == 429 ? "Too Many Requests"
                        : "Internal Server Error");
            } else if (optedOut.contains(to)) {
                error(exchange, 400, 21610, "Attempt to send to unsubscribed recipient");
            } else {
                String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
                received.add(new Message(sid, to, service == null ? from : null, service, text,
                        form.get("StatusCallback")));
                awaitTurnToAnswer();
                answer(exchange, 201, resource(sid, to, service == null ? from : null, service, text));
            }
        }
    }

    private static boolean authorized(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return false;
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            return credentials.equals(ACCOUNT_SID + ":" + AUTH_TOKEN);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** An application/x-www-form-urlencoded body; the last of a repeated name wins. */
    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return fields;
    }

    /** Twilio's message resource as it answers a create. */
    private static String resource(String sid, String to, String from, String service, String body) {
        String now = ZonedDateTime.now(ZoneOffset.UTC).format(RFC_2822);
        String uri = "/" + API_VERSION + "/Accounts/" + ACCOUNT_SID + "/Messages/" + sid;
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("account_sid", ACCOUNT_SID)
                .add("api_version", API_VERSION)
                .add("body", body)
                .add("date_created", now)
                .addNull("date_sent")
                .add("date_updated", now)
                .add("direction", "outbound-api")
                .addNull("error_code")
                .addNull("error_message")
                .add("num_media", "0")
                .add("num_segments", Integer.toString(segments(body)))
                .addNull("price")
                .add("price_unit", "USD")
                .add("sid", sid)
                .add("status", service == null ? "queued" : "accepted")
                .add("subresource_uris", Json.createObjectBuilder().add("media", uri + "/Media.json"))
                .add("to", to)
                .add("uri", uri + ".json");
        if (from == null) {
            json.addNull("from");
        } else {
            json.add("from", from);
        }
        if (service == null) {
            json.addNull("messaging_service_sid");
        } else {
            json.add("messaging_service_sid", service);
        }
        return json.build().toString();
    }

    /** GSM-7 segments, roughly: one of 160 characters, or parts of 153 when longer. */
    private static int segments(String body) {
        return body.length() <= 160 ? 1 : (body.length() + 152) / 153;
    }

    /** Twilio's error body: {@code {"code": …, "message": …, "more_info": …, "status": …}}. */
    private static void error(HttpExchange exchange, int status, int code, String message) throws IOException {
        answer(exchange, status, Json.createObjectBuilder()
                .add("code", code)
                .add("message", message)
                .add("more_info", "https://www.twilio.com/docs/errors/" + code)
                .add("status", status)
                .build().toString());
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().add("Twilio-Request-Id", "RQ" + UUID.randomUUID().toString().replace("-", ""));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
