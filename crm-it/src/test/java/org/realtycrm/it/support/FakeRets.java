package org.realtycrm.it.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An MLS's RETS 1.7.2 server for the system tests, as the server under test reaches it over HTTP. Login answers an
 * HTTP Digest challenge (MD5, qop=auth; a wrong user name or password gets 401 again) and sets the
 * {@code RETS-Session-ID} cookie, which Search, GetObject and Logout require. Search takes {@code SearchType=Property},
 * the configured Class, {@code QueryType=DMQL2}, {@code Format=COMPACT-DECODED} and a Query on the modification time,
 * {@code (LIST_87=T+)} or {@code (LIST_87=T-U)} in the server's local time (Chicago), with Select, Limit, Offset and
 * Count; it answers COUNT, DELIMITER, COLUMNS, DATA and MAXROWS when more rows follow, or ReplyCode 20201, in the
 * order of the listings' keys (as a database reads its primary key), not by modification time. GetObject
 * {@code Type=Photo&ID=key:*} answers a multipart/related of real JPEGs with Content-ID and Object-ID. The listings
 * use the MLS's own field names ({@code LIST_1} the key, {@code LIST_15} the status as the MLS spells it ...).
 * A test can change a listing between two pages of one Search, and make one Search fail.
 */
public final class FakeRets implements AutoCloseable {

    public static final String USER = "it-rets-agent";
    /** The password the IT profile's {@code crm.mls.secret.it-rets} holds. */
    public static final String PASSWORD = "it-rets-password-not-a-secret";
    public static final String SEARCH_CLASS = "RE_1";
    public static final ZoneId ZONE = ZoneId.of("America/Chicago");
    public static final String KEY = "LIST_1";
    public static final String MODIFIED = "LIST_87";
    public static final String STATUS = "LIST_15";
    public static final String PRICE = "LIST_22";
    public static final String PHOTOS_CHANGED = "LIST_134";

    private static final String REALM = "rets@it.realtycrm.test";
    private static final String BOUNDARY = "rets-object-boundary";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final String DATETIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d";
    private static final Pattern QUERY = Pattern.compile("\\(" + MODIFIED + "=(" + DATETIME + ")(?:\\+|-(" + DATETIME + "))\\)");
    private static final Pattern DIGEST_FIELD = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]+))");
    private static final List<String> COLUMNS = List.of(KEY, "LIST_105", STATUS, PRICE, "LIST_66", "LIST_39", "LIST_16",
            "LIST_10", MODIFIED, PHOTOS_CHANGED);

    private final HttpServer server;
    private final String nonce = random(16);
    private final String sessionId = "IT-" + random(8);
    /** By key: a listing's fields under the MLS's names. */
    private final Map<String, Map<String, String>> listings = new TreeMap<>();
    private final Map<String, Integer> photoCounts = new HashMap<>();
    private final List<Map<String, String>> searches = Collections.synchronizedList(new ArrayList<>());
    private BiConsumer<FakeRets, List<String>> betweenPages;
    private List<String> firstPageOfWindow = List.of();
    private int continuations;
    private int failAtContinuation;
    private String failure;
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger refusedLogins = new AtomicInteger();
    private final AtomicInteger logouts = new AtomicInteger();
    private final AtomicInteger photoRequests = new AtomicInteger();

    private FakeRets(HttpServer server) {
        this.server = server;
    }

    public static FakeRets start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeRets rets = new FakeRets(server);
            server.createContext("/rets/", rets::handle);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return rets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Login URL a feed is configured with. */
    public String loginUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/rets/login";
    }

    /** Adds or replaces a listing in Austin, modified at {@code modified}; {@code status} as the MLS spells it. */
    public synchronized FakeRets put(String key, Instant modified, String status, int price) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(KEY, key);
        row.put("LIST_105", "MLS-" + key);
        row.put(STATUS, status);
        row.put(PRICE, price + ".00");
        row.put("LIST_66", "3");
        row.put("LIST_39", "Austin");
        row.put("LIST_16", "TX");
        row.put("LIST_10", "78701");
        row.put(MODIFIED, local(modified));
        Map<String, String> before = listings.get(key);
        row.put(PHOTOS_CHANGED, before == null ? "" : before.get(PHOTOS_CHANGED));
        listings.put(key, row);
        return this;
    }

    /** Gives the listing {@code count} photos, changed (and the listing modified) at {@code changed}. */
    public synchronized FakeRets photos(String key, int count, Instant changed) {
        Map<String, String> row = listings.get(key);
        row.put(PHOTOS_CHANGED, local(changed));
        row.put(MODIFIED, local(changed));
        photoCounts.put(key, count);
        return this;
    }

    /**
     * Once, before the second page of a Search over a bounded time range (a window of a large query) is answered:
     * {@code change} gets the keys of that Search's first page, e.g. to modify one, which then leaves the range.
     */
    public synchronized FakeRets changeBetweenPages(BiConsumer<FakeRets, List<String>> change) {
        betweenPages = change;
        return this;
    }

    /**
     * The {@code n}-th Search for a later page of an answer (Offset above 1: a sync in the middle of reading a query
     * or window, not sizing one) answers this RETS error ({@code "20203 text"}) instead of rows: a RETS error is an
     * answer, not retried, so the sync fails there.
     */
    public synchronized FakeRets failOnceAtLaterPage(int n, String replyCodeAndText) {
        failAtContinuation = n;
        failure = replyCodeAndText;
        return this;
    }

    /** The Searches so far, each as its parameters. */
    public List<Map<String, String>> searches() {
        synchronized (searches) {
            return List.copyOf(searches);
        }
    }

    public int logins() {
        return logins.get();
    }

    public int refusedLogins() {
        return refusedLogins.get();
    }

    public int logouts() {
        return logouts.get();
    }

    public int photoRequests() {
        return photoRequests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            boolean login = path.equals("/rets/login");
            if (!authorised(exchange)) {
                if (login && exchange.getRequestHeaders().getFirst("Authorization") != null) {
                    refusedLogins.incrementAndGet();
                }
                exchange.getResponseHeaders().add("WWW-Authenticate", "Digest realm=\"" + REALM + "\", nonce=\""
                        + nonce + "\", qop=\"auth\", opaque=\"" + md5(REALM) + "\", algorithm=MD5");
                send(exchange, 401, "text/html", "<html>401 Unauthorized</html>".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!"RETS/1.7.2".equals(exchange.getRequestHeaders().getFirst("RETS-Version"))) {
                reply(exchange, "20036 RETS-Version missing or not 1.7.2");
                return;
            }
            if (login) {
                logins.incrementAndGet();
                exchange.getResponseHeaders().add("Set-Cookie", "RETS-Session-ID=" + sessionId + "; Path=/");
                String body = "<RETS ReplyCode=\"0\" ReplyText=\"Operation Successful\">\n<RETS-RESPONSE>\n"
                        + "MemberName=IT Agent\nUser=" + USER + ",1,AGENT," + USER + "\nMetadataVersion=1.00.00001\n"
                        + "TimeoutSeconds=1800\nSearch=/rets/search\nGetObject=/rets/getobject\nLogout=/rets/logout\n"
                        + "</RETS-RESPONSE>\n</RETS>\n";
                send(exchange, 200, "text/xml", body.getBytes(StandardCharsets.UTF_8));
                return;
            }
            String cookies = String.join(";", exchange.getRequestHeaders().getOrDefault("Cookie", List.of()));
            if (!cookies.contains("RETS-Session-ID=" + sessionId)) {
                reply(exchange, "20701 Not logged in");
                return;
            }
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            switch (path) {
                case "/rets/search" -> search(exchange, query);
                case "/rets/getobject" -> getObject(exchange, query);
                case "/rets/logout" -> {
                    logouts.incrementAndGet();
                    reply(exchange, "0 Logged out");
                }
                default -> send(exchange, 404, "text/plain", new byte[0]);
            }
        }
    }

    private void search(HttpExchange exchange, Map<String, String> query) throws IOException {
        String fault = null;
        synchronized (this) {
            searches.add(query);
            if (!"1".equals(query.getOrDefault("Offset", "1")) && ++continuations == failAtContinuation) {
                fault = failure;
            }
        }
        if (fault != null) {
            reply(exchange, fault);
            return;
        }
        if (!"Property".equals(query.get("SearchType")) || !SEARCH_CLASS.equals(query.get("Class"))
                || !"DMQL2".equals(query.get("QueryType")) || !"COMPACT-DECODED".equals(query.get("Format"))) {
            reply(exchange, "20203 Unsupported SearchType, Class, QueryType or Format");
            return;
        }
        Matcher dmql = QUERY.matcher(query.getOrDefault("Query", ""));
        if (!dmql.matches()) {
            reply(exchange, "20206 Invalid Query Syntax");
            return;
        }
        LocalDateTime since = LocalDateTime.parse(dmql.group(1));
        LocalDateTime until = dmql.group(2) == null ? LocalDateTime.MAX : LocalDateTime.parse(dmql.group(2));
        int limit = Integer.parseInt(query.get("Limit"));
        int offset = Integer.parseInt(query.getOrDefault("Offset", "1"));
        boolean window = dmql.group(2) != null && !query.containsKey("Select");
        BiConsumer<FakeRets, List<String>> change = null;
        synchronized (this) {
            if (window && offset > 1 && betweenPages != null) {
                change = betweenPages;
                betweenPages = null;
            }
        }
        if (change != null) {
            change.accept(this, firstPageOfWindow);
        }
        List<Map<String, String>> found;
        synchronized (this) {
            found = listings.values().stream().filter(row -> {
                LocalDateTime modified = LocalDateTime.parse(row.get(MODIFIED));
                return !modified.isBefore(since) && !modified.isAfter(until);
            }).<Map<String, String>>map(LinkedHashMap::new).toList();
        }
        if (found.isEmpty()) {
            reply(exchange, "20201 No Records Found");
            return;
        }
        List<String> columns = query.containsKey("Select") ? List.of(query.get("Select").split(",")) : COLUMNS;
        StringBuilder body = new StringBuilder("<RETS ReplyCode=\"0\" ReplyText=\"Operation Successful\">\n");
        if (!"0".equals(query.getOrDefault("Count", "0"))) {
            body.append("<COUNT Records=\"").append(found.size()).append("\"/>\n");
        }
        body.append("<DELIMITER value=\"09\"/>\n<COLUMNS>\t").append(String.join("\t", columns)).append("\t</COLUMNS>\n");
        int from = Math.min(offset - 1, found.size());
        int to = Math.min(from + limit, found.size());
        List<Map<String, String>> page = found.subList(from, to);
        if (window && offset == 1) {
            synchronized (this) {
                firstPageOfWindow = page.stream().map(row -> row.get(KEY)).toList();
            }
        }
        for (Map<String, String> row : page) {
            body.append("<DATA>\t");
            columns.forEach(column -> body.append(escape(row.getOrDefault(column, ""))).append('\t'));
            body.append("</DATA>\n");
        }
        if (to < found.size()) {
            body.append("<MAXROWS/>\n");
        }
        body.append("</RETS>\n");
        send(exchange, 200, "text/xml", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void getObject(HttpExchange exchange, Map<String, String> query) throws IOException {
        photoRequests.incrementAndGet();
        String id = query.getOrDefault("ID", "");
        if (!"Photo".equals(query.get("Type")) || !id.endsWith(":*")) {
            reply(exchange, "20401 Invalid Type or ID");
            return;
        }
        String key = id.substring(0, id.length() - 2);
        int count;
        String version;
        synchronized (this) {
            count = photoCounts.getOrDefault(key, 0);
            version = listings.containsKey(key) ? listings.get(key).get(PHOTOS_CHANGED) : "";
        }
        if (count == 0) {
            reply(exchange, "20403 No Object Found");
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int objectId = 1; objectId <= count; objectId++) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Type: image/jpeg\r\nContent-ID: " + key + "\r\nObject-ID: "
                    + objectId + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(jpeg(key + "/" + objectId + "/" + version));
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        send(exchange, 200, "multipart/related; type=\"image/jpeg\"; boundary=\"" + BOUNDARY + "\"", body.toByteArray());
    }

    /** HTTP Digest (RFC 2617, qop=auth, MD5) of this server's user, password and nonce, for the URI requested. */
    private boolean authorised(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Digest ")) {
            return false;
        }
        Map<String, String> p = new HashMap<>();
        Matcher field = DIGEST_FIELD.matcher(authorization.substring("Digest ".length()));
        while (field.find()) {
            p.put(field.group(1), field.group(2) != null ? field.group(2) : field.group(3));
        }
        String uri = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        if (!USER.equals(p.get("username")) || !REALM.equals(p.get("realm")) || !nonce.equals(p.get("nonce"))
                || !uri.equals(p.get("uri")) || !"auth".equals(p.get("qop"))) {
            return false;
        }
        String ha1 = md5(USER + ":" + REALM + ":" + PASSWORD);
        String ha2 = md5(exchange.getRequestMethod() + ":" + uri);
        return md5(ha1 + ":" + nonce + ":" + p.get("nc") + ":" + p.get("cnonce") + ":auth:" + ha2).equals(p.get("response"));
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    private static String local(Instant time) {
        return LOCAL.format(time.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE));
    }

    /** A real JPEG, its colour from {@code seed}: a new version of a photo is a different picture. */
    private static byte[] jpeg(String seed) {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(seed.hashCode() & 0xffffff));
        g.fillRect(0, 0, 640, 480);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void reply(HttpExchange exchange, String codeAndText) throws IOException {
        int space = codeAndText.indexOf(' ');
        String body = "<RETS ReplyCode=\"" + codeAndText.substring(0, space) + "\" ReplyText=\""
                + escape(codeAndText.substring(space + 1)) + "\"/>\n";
        send(exchange, 200, "text/xml", body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    query.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
