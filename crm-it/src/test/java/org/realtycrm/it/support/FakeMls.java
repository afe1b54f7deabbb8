package org.realtycrm.it.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import javax.imageio.ImageIO;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An MLS's RESO Web API for the system tests, as the server under test reaches it over HTTP: the Property resource
 * evaluates the replication query ({@code ModificationTimestamp gt T or (ModificationTimestamp eq T and ListingKey
 * gt 'K')}, {@code $orderby=ModificationTimestamp,ListingKey}, {@code $top}), pages by {@code @odata.nextLink} or
 * leaves the client to continue, and answers {@code $select=ListingKey} key listings from after a key; the Media
 * resource lists a listing's photos (also sent with each listing on {@code $expand=Media}), whose URLs serve real PNG
 * images. Its roster, the Member and Office resources, pages like the Property resource ({@link FakeRoster}), unless
 * the MLS is one {@link #withoutRoster() without} them (404). Requests need the bearer token. Answers are
 * gzip-compressed when asked. Faults can be queued: a status (429 with Retry-After, 500) for the next requests, or a
 * delay on every page.
 */
public final class FakeMls implements AutoCloseable {

    public static final String TOKEN = "it-feed-token-not-a-secret";
    private static final Pattern CURSOR = Pattern.compile(
            "ModificationTimestamp gt (\\S+) or \\(ModificationTimestamp eq (\\S+) and ListingKey gt '((?:[^']|'')*)'\\)");
    private static final Pattern KEY_AFTER = Pattern.compile("ListingKey gt '((?:[^']|'')*)'");
    private static final Pattern MEDIA_OF = Pattern.compile("ResourceRecordKey eq '((?:[^']|'')*)'");

    private final HttpServer server;
    private final Map<String, JsonObject> listings = new TreeMap<>();
    private final Map<String, List<String>> photos = new HashMap<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final Map<Integer, Consumer<FakeMls>> afterRequest = new HashMap<>();
    private final AtomicInteger propertyRequests = new AtomicInteger();
    private final AtomicInteger photoRequests = new AtomicInteger();
    private final FakeRoster members = new FakeRoster("Member", "MemberKey");
    private final FakeRoster offices = new FakeRoster("Office", "OfficeKey");
    private volatile boolean roster = true;
    private volatile boolean nextLinks = true;
    private volatile Duration pageDelay = Duration.ZERO;

    private FakeMls(HttpServer server) {
        this.server = server;
    }

    public static FakeMls start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeMls mls = new FakeMls(server);
            server.createContext("/reso/", mls::handle);
            server.createContext("/photos/", mls::photo);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return mls;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service root a feed is configured with. */
    public String serviceRoot() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/reso";
    }

    /** Adds or replaces a listing: an Active one in Austin unless {@code fields} say otherwise. */
    public synchronized FakeMls put(String key, Instant modified, JsonObject fields) {
        JsonObjectBuilder record = Json.createObjectBuilder()
                .add("ListingKey", key)
                .add("ListingId", "MLS-" + key)
                .add("StandardStatus", "Active")
                .add("City", "Austin")
                .add("StateOrProvince", "TX")
                .add("PostalCode", "78701");
        fields.forEach(record::add);
        record.add("ModificationTimestamp", modified.toString());
        listings.put(key, record.build());
        return this;
    }

    /** Gives the listing {@code count} photos, changed at {@code changed} (a new version of each photo). */
    public synchronized FakeMls photos(String key, int count, Instant changed) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(key + "-" + i + "-" + changed.getEpochSecond());
        }
        photos.put(key, names);
        JsonObject listing = listings.get(key);
        listings.put(key, Json.createObjectBuilder(listing).add("PhotosChangeTimestamp", changed.toString())
                .add("PhotosCount", count).build());
        return this;
    }

    /** Adds or replaces a Member record: an agent, with the office it belongs to. */
    public FakeMls member(String key, Instant modified, String fullName, String email, String phone, String officeKey) {
        members.put(key, modified, Json.createObjectBuilder().add("MemberFullName", fullName).add("MemberEmail", email)
                .add("MemberPreferredPhone", phone).add("OfficeKey", officeKey).build());
        return this;
    }

    /** Adds or replaces an Office record. */
    public FakeMls office(String key, Instant modified, String name, String phone) {
        offices.put(key, modified, Json.createObjectBuilder().add("OfficeName", name).add("OfficePhone", phone).build());
        return this;
    }

    /** An MLS that licenses its listings without the roster: Member and Office answer 404. */
    public FakeMls withoutRoster() {
        roster = false;
        return this;
    }

    public synchronized FakeMls remove(String key) {
        listings.remove(key);
        photos.remove(key);
        return this;
    }

    /** The next {@code times} Property or Media requests answer {@code status} (429 with a Retry-After of 1 s). */
    public synchronized FakeMls failNext(int times, int status) {
        for (int i = 0; i < times; i++) {
            faults.add(new Fault(status));
        }
        return this;
    }

    /** Changes the listings once the {@code n}-th Property request has been answered, before the next one. */
    public synchronized FakeMls afterPropertyRequest(int n, Consumer<FakeMls> change) {
        afterRequest.put(n, change);
        return this;
    }

    public FakeMls withoutNextLinks() {
        nextLinks = false;
        return this;
    }

    /** Each Property page waits this long before it answers (a slow provider, to stop a sync half-way). */
    public FakeMls slowPages(Duration delay) {
        pageDelay = delay;
        return this;
    }

    public int propertyRequests() {
        return propertyRequests.get();
    }

    public int photoRequests() {
        return photoRequests.get();
    }

    public synchronized List<String> keys() {
        return new ArrayList<>(listings.keySet());
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, "{\"error\":\"invalid_token\"}");
                return;
            }
            Fault fault;
            synchronized (this) {
                fault = faults.poll();
            }
            if (fault != null) {
                if (fault.status() == 429) {
                    exchange.getResponseHeaders().add("Retry-After", "1");
                }
                send(exchange, fault.status(), "{\"error\":{\"code\":\"" + fault.status() + "\"}}");
                return;
            }
            String resource = exchange.getRequestURI().getPath().substring("/reso/".length());
            Map<String, String> query = query(exchange.getRequestURI());
            if (resource.equals("Property")) {
                Consumer<FakeMls> due;
                synchronized (this) {
                    due = afterRequest.remove(propertyRequests.getAndIncrement());
                }
                if (due != null) {
                    due.accept(this);
                }
                property(exchange, query);
            } else if (resource.equals("Media")) {
                media(exchange, query);
            } else if (roster && (resource.equals("Member") || resource.equals("Office"))) {
                FakeRoster.Answer answer = (resource.equals("Member") ? members : offices)
                        .answer(query, serviceRoot(), exchange.getRequestURI().getRawQuery(), nextLinks);
                send(exchange, answer.status(), answer.json());
            } else {
                send(exchange, 404, "{}");
            }
        }
    }

    private void property(HttpExchange exchange, Map<String, String> query) throws IOException {
        if ("ListingKey".equals(query.get("$select"))) {
            Matcher after = KEY_AFTER.matcher(query.getOrDefault("$filter", ""));
            String from = after.matches() ? after.group(1).replace("''", "'") : "";
            int top = Integer.parseInt(query.get("$top"));
            JsonArrayBuilder values = Json.createArrayBuilder();
            keys().stream().filter(k -> k.compareTo(from) > 0).limit(top)
                    .forEach(k -> values.add(Json.createObjectBuilder().add("ListingKey", k)));
            send(exchange, 200, Json.createObjectBuilder().add("value", values).build().toString());
            return;
        }
        pause(pageDelay);
        Stream<JsonObject> matching;
        synchronized (this) {
            matching = new ArrayList<>(listings.values()).stream();
        }
        String filter = query.get("$filter");
        if (filter != null) {
            Matcher cursor = CURSOR.matcher(filter);
            if (!cursor.matches()) {
                send(exchange, 400, "{\"error\":\"unsupported $filter\"}");
                return;
            }
            Instant t = Instant.parse(cursor.group(1));
            String k = cursor.group(3).replace("''", "'");
            matching = matching.filter(r -> modified(r).isAfter(t)
                    || modified(r).equals(t) && r.getString("ListingKey").compareTo(k) > 0);
        }
        if (!"ModificationTimestamp,ListingKey".equals(query.get("$orderby"))) {
            send(exchange, 400, "{\"error\":\"unsupported $orderby\"}");
            return;
        }
        int skip = Integer.parseInt(query.getOrDefault("$skip", "0"));
        int top = Integer.parseInt(query.get("$top"));
        List<JsonObject> page = matching.sorted(Comparator.comparing(FakeMls::modified)
                        .thenComparing(r -> r.getString("ListingKey")))
                .skip(skip).limit(top).toList();
        JsonArrayBuilder values = Json.createArrayBuilder();
        boolean expand = "Media".equals(query.get("$expand"));
        page.forEach(record -> values.add(expand ? Json.createObjectBuilder(record)
                .add("Media", mediaOf(record.getString("ListingKey"), 0)).build() : record));
        JsonObjectBuilder answer = Json.createObjectBuilder().add("@odata.context", "$metadata#Property")
                .add("value", values);
        if (nextLinks && page.size() == top) {
            URI uri = exchange.getRequestURI();
            String rest = uri.getRawQuery().replaceAll("&\\$skip=\\d+", "");
            answer.add("@odata.nextLink", serviceRoot() + "/Property?" + rest + "&$skip=" + (skip + top));
        }
        send(exchange, 200, answer.build().toString());
    }

    private void media(HttpExchange exchange, Map<String, String> query) throws IOException {
        Matcher of = MEDIA_OF.matcher(query.getOrDefault("$filter", ""));
        if (!of.matches()) {
            send(exchange, 400, "{\"error\":\"unsupported $filter\"}");
            return;
        }
        String key = of.group(1).replace("''", "'");
        int skip = Integer.parseInt(query.getOrDefault("$skip", "0"));
        send(exchange, 200, Json.createObjectBuilder().add("value", mediaOf(key, skip)).build().toString());
    }

    /** The Media records of a listing, as the Media resource and {@code $expand=Media} give them. */
    private JsonArrayBuilder mediaOf(String key, int skip) {
        List<String> names;
        synchronized (this) {
            names = photos.getOrDefault(key, List.of());
        }
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (int i = skip; i < names.size(); i++) {
            String name = names.get(i);
            values.add(Json.createObjectBuilder()
                    .add("MediaKey", name.substring(0, name.lastIndexOf('-')))
                    .add("ResourceRecordKey", key)
                    .add("MediaURL", "http://127.0.0.1:" + server.getAddress().getPort() + "/photos/" + name + ".png")
                    .add("Order", i)
                    .add("MediaCategory", "Photo")
                    .add("MediaModificationTimestamp", Instant.ofEpochSecond(Long.parseLong(
                            name.substring(name.lastIndexOf('-') + 1))).toString()));
        }
        return values;
    }

    private void photo(HttpExchange exchange) throws IOException {
        try (exchange) {
            photoRequests.incrementAndGet();
            BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(exchange.getRequestURI().getPath().hashCode() & 0xffffff));
            g.fillRect(0, 0, 640, 480);
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, png.size());
            try (OutputStream out = exchange.getResponseBody()) {
                png.writeTo(out);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        String encoding = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (encoding != null && encoding.contains("gzip")) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(body);
            }
            body = zipped.toByteArray();
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        if (uri.getRawQuery() == null) {
            return values;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(name, value);
        }
        return values;
    }

    private static Instant modified(JsonObject record) {
        return Instant.parse(record.getString("ModificationTimestamp"));
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Fault(int status) {
    }
}
