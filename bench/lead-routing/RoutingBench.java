import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Routes LEADS signed inbound webhook leads through POST /api/v1/intake/leads at CONNECTIONS concurrent requests and
 * times each from its request to the moment its agent's bell shows it, next to GET /api/v1/version at the same
 * concurrency (the baseline). Run by bench/lead-routing/run.sh, which prepares the source, agents and rules.
 * <p>
 * The bell is watched as a browser watches it: each agent signs in on the sign-in form, opens the dashboard, and
 * connects to the page's Faces websocket (channel "notifications"). A push says only "changed"; the screen then
 * reads the bell again. So does this program, through GET /api/v1/notifications with the agent's token, and a lead
 * counts as notified when the first read that lists its LEAD_ASSIGNED notification has returned.
 * <p>
 * Environment: BASE_URL, INTAKE_KEY, INTAKE_SECRET, AGENT_EMAILS, AGENT_TOKENS, AGENT_IDS (comma-separated, same
 * order), AGENT_PASSWORD, LEADS, WARMUP_LEADS, CONNECTIONS, RUN (a tag making this run's emails new), OUT (the
 * per-lead file). Prints one "key=value" line per figure; exits 1 when a lead was refused, made twice or not notified
 * exactly once.
 */
public class RoutingBench {

    static final String BASE = env("BASE_URL");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final Pattern LEAD_ID = Pattern.compile("\"leadId\":(\\d+)");

    /**
     * The wall clock in microseconds since the epoch, for the moments compared with each other and with the
     * database's clock (the same machine's); durations are taken with the monotonic clock.
     */
    static long micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }

    /** What a request did: when it left (the wall clock, µs), how long its answer took, its status and lead. */
    record Sent(long sentAt, long micros, int status, long leadId) {
    }

    /** When a lead first showed on a bell, and whose. */
    record Seen(long at, long agentId) {
    }

    public static void main(String[] args) throws Exception {
        int leads = Integer.parseInt(env("LEADS"));
        int warmup = Integer.parseInt(env("WARMUP_LEADS"));
        int connections = Integer.parseInt(env("CONNECTIONS"));
        String run = env("RUN");
        byte[] secret = env("INTAKE_SECRET").getBytes(StandardCharsets.UTF_8);
        String key = env("INTAKE_KEY");
        List<String> emails = List.of(env("AGENT_EMAILS").split(","));
        List<String> tokens = List.of(env("AGENT_TOKENS").split(","));
        List<String> ids = List.of(env("AGENT_IDS").split(","));

        Map<Long, Seen> seen = new ConcurrentHashMap<>();
        AtomicInteger repeatedNotices = new AtomicInteger();
        List<Bell> bells = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            bells.add(Bell.open(emails.get(i), env("AGENT_PASSWORD"), tokens.get(i), Long.parseLong(ids.get(i)),
                    seen, repeatedNotices));
        }
        print("bells_open", bells.size());

        // warm-up: the JIT, the connection pools, the statement caches; its leads are routed and told like the rest
        HttpRequest version = HttpRequest.newBuilder(URI.create(BASE + "/api/v1/version")).build();
        run(2_000, connections, i -> version);
        // numbered after the measured ones: their emails and phones are new too, or they would be known people
        run(warmup, connections, i -> delivery(key, secret, lead(run, leads + i)));

        Sent[] baseline = run(leads, connections, i -> version);
        Sent[] sent = run(leads, connections, i -> delivery(key, secret, lead(run, i)));

        // every lead's notification, or at most two minutes after the last answer
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!Arrays.stream(sent).allMatch(s -> s.leadId() < 0 || seen.containsKey(s.leadId()))
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        bells.forEach(Bell::close);

        report("baseline", baseline);
        report("intake", sent);
        writeLeads(Path.of(env("OUT")), sent, seen);
        long[] delays = Arrays.stream(sent).filter(s -> seen.containsKey(s.leadId()))
                .mapToLong(s -> seen.get(s.leadId()).at() - s.sentAt()).sorted().toArray();
        printPercentiles("bell", delays);
        long created = Arrays.stream(sent).filter(s -> s.status() == 201).count();
        long distinct = Arrays.stream(sent).mapToLong(Sent::leadId).filter(id -> id > 0).distinct().count();
        print("created", created);
        print("distinct_leads", distinct);
        print("on_a_bell", delays.length);
        print("pushes", bells.stream().mapToLong(bell -> bell.pushes.get()).sum());
        print("bell_reads", bells.stream().mapToLong(bell -> bell.reads.get()).sum());
        print("repeated_notices", repeatedNotices.get());
        if (created != leads || distinct != leads || delays.length != leads || repeatedNotices.get() != 0) {
            System.err.println("FAILED: of " + leads + " leads " + created + " were created (201), " + distinct
                    + " distinct, " + delays.length + " showed on a bell, " + repeatedNotices.get()
                    + " were told twice");
            System.exit(1);
        }
    }

    /**
     * One inbound lead, distinct per run and index. One in five is in Austin (postal code 787xx), which the bench's
     * rule gives to its team; the rest are in Dallas and fall to the round robin of all on-duty agents.
     */
    static String lead(String run, int i) {
        boolean austin = i % 5 == 0;
        return String.format("{\"kind\":\"CONTACT\",\"firstName\":\"Bench\",\"lastName\":\"Webhook %s-%05d\","
                        + "\"email\":\"webhook.%s.%d@bench.example.com\",\"phone\":\"+1%s%07d\","
                        + "\"message\":\"Looking for a 3 bedroom home near good schools.\","
                        + "\"leadType\":\"BUYER\",\"postalCode\":\"%s\",\"city\":\"%s\",\"price\":%d,"
                        + "\"language\":\"en\"}",
                run, i, run, i, austin ? "737" : "469", 3_000_000 + i, austin ? "78701" : "75201",
                austin ? "Austin" : "Dallas", 300_000 + (i % 50) * 10_000);
    }

    /** Signed as docs/api.md says: HMAC-SHA256 of "<timestamp>.<body>" under the source's secret. */
    static HttpRequest delivery(String key, byte[] secret, String body) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] signature = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return HttpRequest.newBuilder(URI.create(BASE + "/api/v1/intake/leads"))
                    .header("Content-Type", "application/json").header("X-Intake-Key", key)
                    .header("X-Intake-Timestamp", timestamp)
                    .header("X-Intake-Signature", "sha256=" + HexFormat.of().formatHex(signature))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends requests 0..count-1 from CONNECTIONS threads, each waiting for its answer before the next (a fixed
     * concurrency, as wrk's connections). The request is built (and signed) before its clock starts.
     */
    static Sent[] run(int count, int connections, IntFunction<HttpRequest> request) throws InterruptedException {
        Sent[] sent = new Sent[count];
        AtomicInteger next = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        for (int t = 0; t < connections; t++) {
            threads.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    HttpRequest each = request.apply(i);
                    long at = micros();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> answer = HTTP.send(each, HttpResponse.BodyHandlers.ofString());
                        Matcher lead = LEAD_ID.matcher(answer.body());
                        sent[i] = new Sent(at, (System.nanoTime() - start) / 1_000, answer.statusCode(),
                                lead.find() ? Long.parseLong(lead.group(1)) : -1);
                        if (answer.statusCode() >= 300 && failures.incrementAndGet() <= 5) {
                            System.err.println(answer.statusCode() + " " + answer.body());
                        }
                    } catch (IOException | InterruptedException e) {
                        sent[i] = new Sent(at, (System.nanoTime() - start) / 1_000, 0, -1);
                        if (failures.incrementAndGet() <= 5) {
                            System.err.println(e);
                        }
                    }
                }
            });
        }
        threads.shutdown();
        threads.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        return sent;
    }

    /** Answers in 2xx a second, from the first request's start to the last answer, and the answers' percentiles. */
    static void report(String name, Sent[] sent) {
        long first = Arrays.stream(sent).mapToLong(Sent::sentAt).min().orElse(0);
        long micros = Arrays.stream(sent).mapToLong(s -> s.sentAt() + s.micros()).max().orElse(0) - first;
        long ok = Arrays.stream(sent).filter(s -> s.status() >= 200 && s.status() < 300).count();
        print(name + "_ok", ok);
        print(name + "_per_second", String.format("%.1f", ok / (micros / 1e6)));
        printPercentiles(name, Arrays.stream(sent).mapToLong(Sent::micros).sorted().toArray());
    }

    /** p50, p95, p99 and the maximum of sorted microseconds, in milliseconds (nearest rank). */
    static void printPercentiles(String name, long[] sorted) {
        if (sorted.length == 0) {
            return;
        }
        for (int p : new int[] {50, 95, 99}) {
            int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            print(name + "_p" + p + "_ms", String.format("%.2f", sorted[rank] / 1000.0));
        }
        print(name + "_max_ms", String.format("%.2f", sorted[sorted.length - 1] / 1000.0));
    }

    /** lead id, HTTP status, sent at (µs since the epoch), answer µs, on a bell at (µs, or empty), whose bell */
    static void writeLeads(Path file, Sent[] sent, Map<Long, Seen> seen) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            for (Sent s : sent) {
                Seen bell = seen.get(s.leadId());
                out.printf("%d\t%d\t%d\t%d\t%s\t%s%n", s.leadId(), s.status(), s.sentAt(), s.micros(),
                        bell == null ? "\\N" : bell.at(), bell == null ? "\\N" : bell.agentId());
            }
        }
    }

    static void print(String key, Object value) {
        System.out.println(key + "=" + value);
    }

    static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("set " + name);
        }
        return value;
    }

    /**
     * One agent's bell: signed in on the form (a session of the screens), its page's websocket open. Each push
     * schedules one read of the agent's newest notifications; pushes that come while a read waits share it, as the
     * screen's queued ajax refreshes would.
     */
    static final class Bell implements WebSocket.Listener {

        static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
        static final Pattern SOCKET = Pattern.compile("faces\\.push\\.init\\('[^']*','(ws[^']+/notifications\\?[^']+)'");
        static final Pattern NOTICE = Pattern.compile("\\{[^{}]*\\}");
        static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

        final String token;
        final long agentId;
        final Map<Long, Seen> seen;
        final AtomicInteger repeated;
        final Map<Long, Long> noticeOfLead = new ConcurrentHashMap<>();
        final ExecutorService reader = Executors.newSingleThreadExecutor();
        final AtomicBoolean readPending = new AtomicBoolean();
        final AtomicLong pushes = new AtomicLong();
        final AtomicLong reads = new AtomicLong();
        WebSocket socket;

        Bell(String token, long agentId, Map<Long, Seen> seen, AtomicInteger repeated) {
            this.token = token;
            this.agentId = agentId;
            this.seen = seen;
            this.repeated = repeated;
        }

        static Bell open(String email, String password, String token, long agentId, Map<Long, Seen> seen,
                AtomicInteger repeated) throws IOException, InterruptedException {
            CookieManager cookies = new CookieManager();
            HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            String form = browser.send(HttpRequest.newBuilder(URI.create(BASE + "/app/login.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String body = "signIn=signIn&signIn%3Asubmit=&signIn%3Aemail=" + encoded(email) + "&signIn%3Apassword="
                    + encoded(password) + "&jakarta.faces.ViewState=" + encoded(match(VIEW_STATE, form, email));
            String dashboard = browser.send(HttpRequest.newBuilder(URI.create(BASE + "/app/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            URI socketUri = URI.create(match(SOCKET, dashboard, email));
            String cookieHeader = String.join("; ", cookies.getCookieStore().get(URI.create(BASE + "/app/")).stream()
                    .map(cookie -> cookie.getName() + "=" + cookie.getValue()).toList());
            Bell bell = new Bell(token, agentId, seen, repeated);
            bell.socket = browser.newWebSocketBuilder().header("Cookie", cookieHeader).buildAsync(socketUri, bell)
                    .join();
            return bell;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            pushes.incrementAndGet();
            if (readPending.compareAndSet(false, true)) {
                reader.submit(this::read);
            }
            webSocket.request(1);
            return null;
        }

        /** The agent's 100 newest unread notifications (more pages while a full page was all new). */
        void read() {
            readPending.set(false);
            reads.incrementAndGet();
            for (int page = 0; page < 5; page++) {
                String json;
                try {
                    json = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/notifications?unread=true&size=100&page="
                                    + page)).header("Authorization", "Bearer " + token).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                } catch (IOException | InterruptedException e) {
                    System.err.println("bell read failed: " + e);
                    return;
                }
                long now = micros();
                int listed = 0;
                int fresh = 0;
                for (Matcher notice = NOTICE.matcher(json); notice.find(); listed++) {
                    String item = notice.group();
                    Matcher lead = LEAD_ID.matcher(item);
                    Matcher id = ID.matcher(item);
                    if (!item.contains("\"kind\":\"LEAD_ASSIGNED\"") || !lead.find() || !id.find()) {
                        continue;
                    }
                    long leadId = Long.parseLong(lead.group(1));
                    long noticeId = Long.parseLong(id.group(1));
                    Long before = noticeOfLead.putIfAbsent(leadId, noticeId);
                    if (before == null) {
                        fresh++;
                        if (seen.putIfAbsent(leadId, new Seen(now, agentId)) != null) {
                            repeated.incrementAndGet(); // on another agent's bell already
                        }
                    } else if (before != noticeId) {
                        repeated.incrementAndGet(); // a second notification of the same lead
                    }
                }
                if (listed < 100 || fresh < listed) {
                    return;
                }
            }
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
            reader.shutdown();
        }

        static String match(Pattern pattern, String page, String email) {
            Matcher found = pattern.matcher(page);
            if (!found.find()) {
                throw new IllegalStateException("the screens did not sign in " + email + " with a bell");
            }
            return found.group(1);
        }

        static String encoded(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
