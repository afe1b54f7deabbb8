package org.realtycrm.mls.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A RETS 1.7.2 server on a random local port, written for the tests without the adapter's code: it checks HTTP
 * Digest (MD5, qop=auth) on every request, sets the RETS-Session-ID cookie at login, answers Search from a table of
 * listings (the Query {@code (Field=T+)} or {@code (Field=T-U)}, Limit, Offset, Select, Count, MAXROWS) in the order
 * they were added, not sorted (a listing modified in place keeps its place), and GetObject with a multipart/parallel
 * of the photos set for a key (their URLs with Location=1; a single photo as the whole answer, as servers may send
 * one object). Other resources (the roster's Agent and Office) answer from tables of their own, declared with their
 * class and modification field; an undeclared one is unknown.
 */
final class RetsServer implements AutoCloseable {

    static final String USER = "agent7";
    static final String PASSWORD = "s3cret-pass";
    static final String REALM = "rets@mls.example";
    static final String OPAQUE = "5ccc069c403ebaf9f0171e9517f40e41";
    static final String SESSION_ID = "SESSION-42";
    static final String BOUNDARY = "simple boundary";
    private static final String DATETIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d";

    /** One request as received. */
    record Request(String path, Map<String, String> query, Headers headers) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer http;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Map<String, String>> listings = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, List<Photo>> photos = Collections.synchronizedMap(new LinkedHashMap<>());
    private final String modificationField;
    private int nonces;
    private boolean stale;
    private String loginBody;
    private String searchReply;
    private int logoutStatus = 200;
    private int rowsPerAnswer = Integer.MAX_VALUE;
    private boolean sendCount = true;
    private final List<Integer> failures = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, RosterTable> rosterTables = Collections.synchronizedMap(new LinkedHashMap<>());

    /** The rows of a resource other than Property, answered in the order added. */
    private record RosterTable(String searchClass, String modificationField, List<Map<String, String>> rows) {
    }
    private volatile Consumer<Request> beforeSearch = request -> { };

    record Photo(String objectId, String contentType, String description, byte[] bytes) {
    }

    RetsServer(String modificationField) throws IOException {
        this.modificationField = modificationField;
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", this::handle);
        http.start();
        loginBody = loginBody("/rets/search", "http://127.0.0.1:" + port() + "/rets/getobject", "logout");
    }

    int port() {
        return http.getAddress().getPort();
    }

    URI loginUrl() {
        return URI.create("http://127.0.0.1:" + port() + "/rets/login");
    }

    static String loginBody(String search, String getObject, String logout) {
        return "<RETS ReplyCode=\"0\" ReplyText=\"V2.7.0 761: Success\">\n<RETS-RESPONSE>\nMemberName=Jane Agent\n"
                + "User=agent7,1,AGENT,agent7\nBroker=B1\nMetadataVersion=1.2.3\nTimeoutSeconds=1800\n"
                + "Search=" + search + "\nGetObject=" + getObject + "\nLogout=" + logout
                + "\nGetMetadata=/rets/getmetadata\n</RETS-RESPONSE>\n</RETS>\n";
    }

    void loginBody(String body) {
        this.loginBody = body;
    }

    /** The next Search answers {@code reply} instead of the table. */
    void searchReply(String reply) {
        this.searchReply = reply;
    }

    /** Like servers with a row cap: at most {@code rows} per answer whatever the Limit, and no COUNT. */
    void capRowsWithoutCount(int rows) {
        this.rowsPerAnswer = rows;
        this.sendCount = false;
    }

    void logoutStatus(int status) {
        this.logoutStatus = status;
    }

    /** The next requests to Search answer these statuses, in turn, before the table. */
    void failSearch(Integer... statuses) {
        failures.addAll(List.of(statuses));
    }

    /** Adds a row; the server answers rows in the order added. */
    void listing(String... fieldsAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            row.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        listings.add(row);
    }

    /** Declares a resource of the roster: Search of it must name this class and query this field. */
    void rosterTable(String resource, String searchClass, String modificationField) {
        rosterTables.put(resource, new RosterTable(searchClass, modificationField,
                Collections.synchronizedList(new ArrayList<>())));
    }

    /** Adds a row to a declared roster resource (replacing the row with the same first value: its key). */
    void rosterRow(String resource, String... fieldsAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            row.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        List<Map<String, String>> rows = rosterTables.get(resource).rows();
        rows.removeIf(existing -> existing.get(fieldsAndValues[0]).equals(fieldsAndValues[1]));
        rows.add(row);
    }

    /** Changes fields of the listing whose {@code keyField} is {@code key}, where it stands in the table. */
    void modify(String keyField, String key, String... fieldsAndValues) {
        synchronized (listings) {
            Map<String, String> row = listings.stream().filter(r -> key.equals(r.get(keyField))).findFirst().orElseThrow();
            for (int i = 0; i < fieldsAndValues.length; i += 2) {
                row.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
            }
        }
    }

    /** Runs before each Search is answered (from the table), e.g. to change a listing between two pages. */
    void beforeSearch(Consumer<Request> hook) {
        this.beforeSearch = hook;
    }

    void photos(String key, Photo... objects) {
        photos.put(key, List.of(objects));
    }

    List<Request> requests(String path) {
        synchronized (requests) {
            return requests.stream().filter(r -> r.path().equals(path)).toList();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Request request = new Request(path, query(exchange.getRequestURI().getRawQuery()), exchange.getRequestHeaders());
            requests.add(request);
            if (!authorised(exchange)) {
                challenge(exchange);
                return;
            }
            switch (path) {
                case "/rets/login" -> {
                    exchange.getResponseHeaders().add("Set-Cookie", "RETS-Session-ID=" + SESSION_ID + "; Path=/");
                    send(exchange, 200, "text/xml", loginBody.getBytes(StandardCharsets.UTF_8));
                }
                case "/rets/search" -> search(exchange, request);
                case "/rets/getobject" -> getObject(exchange, request);
                case "/rets/logout" -> send(exchange, logoutStatus, "text/xml",
                        "<RETS ReplyCode=\"0\" ReplyText=\"Logged out\"/>".getBytes(StandardCharsets.UTF_8));
                default -> send(exchange, 404, "text/plain", new byte[0]);
            }
        }
    }

    private void search(HttpExchange exchange, Request request) throws IOException {
        if (!failures.isEmpty()) {
            send(exchange, failures.remove(0), "text/plain", new byte[0]);
            return;
        }
        if (searchReply != null) {
            String reply = searchReply;
            searchReply = null;
            send(exchange, 200, "text/xml", reply.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!SESSION_ID.equals(cookie(exchange.getRequestHeaders()))) {
            send(exchange, 200, "text/xml", "<RETS ReplyCode=\"20701\" ReplyText=\"Not logged in\"/>".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!"Property".equals(request.query().get("SearchType"))) {
            rosterSearch(exchange, request);
            return;
        }
        beforeSearch.accept(request);
        Matcher query = Pattern.compile("\\((\\w+)=(" + DATETIME + ")(?:\\+|-(" + DATETIME + "))\\)")
                .matcher(request.query().get("Query"));
        if (!query.matches() || !query.group(1).equals(modificationField)) {
            send(exchange, 200, "text/xml", "<RETS ReplyCode=\"20206\" ReplyText=\"Invalid query syntax\"/>".getBytes(StandardCharsets.UTF_8));
            return;
        }
        LocalDateTime since = LocalDateTime.parse(query.group(2));
        LocalDateTime until = query.group(3) == null ? LocalDateTime.MAX : LocalDateTime.parse(query.group(3));
        List<Map<String, String>> found;
        synchronized (listings) {
            found = listings.stream().filter(r -> {
                LocalDateTime modified = LocalDateTime.parse(r.get(modificationField));
                return !modified.isBefore(since) && !modified.isAfter(until);
            }).<Map<String, String>>map(LinkedHashMap::new).toList(); // copies: a later change is not in this answer
        }
        if (found.isEmpty()) {
            send(exchange, 200, "text/xml", "<RETS ReplyCode=\"20201\" ReplyText=\"No Records Found.\"/>".getBytes(StandardCharsets.UTF_8));
            return;
        }
        int limit = Math.min(Integer.parseInt(request.query().get("Limit")), rowsPerAnswer);
        int offset = Integer.parseInt(request.query().get("Offset"));
        List<Map<String, String>> page = found.subList(Math.min(offset - 1, found.size()), Math.min(offset - 1 + limit, found.size()));
        List<String> columns = request.query().containsKey("Select")
                ? List.of(request.query().get("Select").split(","))
                : List.copyOf(found.get(0).keySet());
        StringBuilder body = new StringBuilder("<RETS ReplyCode=\"0\" ReplyText=\"Operation Successful\">\n");
        if ("1".equals(request.query().get("Count")) && sendCount) {
            body.append("<COUNT Records=\"").append(found.size()).append("\"/>\n");
        }
        body.append("<DELIMITER value=\"09\"/>\n<COLUMNS>\t").append(String.join("\t", columns)).append("\t</COLUMNS>\n");
        for (Map<String, String> row : page) {
            body.append("<DATA>\t");
            for (String column : columns) {
                body.append(escape(row.getOrDefault(column, ""))).append('\t');
            }
            body.append("</DATA>\n");
        }
        if (offset - 1 + limit < found.size()) {
            body.append("<MAXROWS/>\n");
        }
        body.append("</RETS>\n");
        send(exchange, 200, "text/xml", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void rosterSearch(HttpExchange exchange, Request request) throws IOException {
        RosterTable table = rosterTables.get(request.query().get("SearchType"));
        Matcher query = Pattern.compile("\\((\\w+)=([0-9T:\\-]+)\\+\\)").matcher(request.query().get("Query"));
        if (table == null || !table.searchClass().equals(request.query().get("Class"))) {
            reply(exchange, "20203", "Unknown resource or class");
            return;
        }
        if (!query.matches() || !query.group(1).equals(table.modificationField())) {
            reply(exchange, "20206", "Invalid query syntax");
            return;
        }
        LocalDateTime since = LocalDateTime.parse(query.group(2));
        List<Map<String, String>> found;
        synchronized (table.rows()) {
            found = table.rows().stream()
                    .filter(r -> !LocalDateTime.parse(r.get(table.modificationField())).isBefore(since)).toList();
        }
        if (found.isEmpty()) {
            reply(exchange, "20201", "No Records Found.");
            return;
        }
        int limit = Integer.parseInt(request.query().get("Limit"));
        int offset = Integer.parseInt(request.query().get("Offset"));
        List<String> columns = List.copyOf(found.get(0).keySet());
        StringBuilder body = new StringBuilder("<RETS ReplyCode=\"0\" ReplyText=\"Operation Successful\">\n<COUNT Records=\"")
                .append(found.size()).append("\"/>\n<DELIMITER value=\"09\"/>\n<COLUMNS>\t")
                .append(String.join("\t", columns)).append("\t</COLUMNS>\n");
        for (Map<String, String> row : found.subList(Math.min(offset - 1, found.size()),
                Math.min(offset - 1 + limit, found.size()))) {
            body.append("<DATA>\t");
            columns.forEach(column -> body.append(escape(row.getOrDefault(column, ""))).append('\t'));
            body.append("</DATA>\n");
        }
        send(exchange, 200, "text/xml", body.append("</RETS>\n").toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void reply(HttpExchange exchange, String code, String text) throws IOException {
        send(exchange, 200, "text/xml", ("<RETS ReplyCode=\"" + code + "\" ReplyText=\"" + text + "\"/>")
                .getBytes(StandardCharsets.UTF_8));
    }

    private void getObject(HttpExchange exchange, Request request) throws IOException {
        String key = request.query().get("ID").replace(":*", "");
        List<Photo> objects = photos.get(key);
        if (objects == null) {
            send(exchange, 200, "text/xml", "<RETS ReplyCode=\"20403\" ReplyText=\"No Object Found\"/>".getBytes(StandardCharsets.UTF_8));
            return;
        }
        boolean urls = "1".equals(request.query().get("Location"));
        if (objects.size() == 1 && !urls) {
            Photo only = objects.get(0);
            exchange.getResponseHeaders().set("Content-ID", key);
            exchange.getResponseHeaders().set("Object-ID", only.objectId());
            send(exchange, 200, only.contentType(), only.bytes());
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("preamble, ignored\r\n".getBytes(StandardCharsets.US_ASCII));
        for (Photo photo : objects) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-ID: " + key + "\r\nObject-ID: " + photo.objectId()
                    + "\r\nContent-Type: " + photo.contentType() + "\r\nContent-Description: " + photo.description()
                    + (urls ? "\r\nLocation: https://photos.mls.example/" + key + "/" + photo.objectId() + ".jpg" : "")
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(urls ? new byte[0] : photo.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        send(exchange, 200, "multipart/parallel; boundary=\"" + BOUNDARY + "\"", body.toByteArray());
    }

    private boolean authorised(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Digest ")) {
            return false;
        }
        Map<String, String> p = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]+))").matcher(authorization.substring(7));
        while (m.find()) {
            p.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        String uri = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        if (!USER.equals(p.get("username")) || !REALM.equals(p.get("realm")) || !uri.equals(p.get("uri"))
                || !OPAQUE.equals(p.get("opaque")) || !"auth".equals(p.get("qop")) || p.get("nonce") == null
                || !p.get("nonce").equals("nonce-" + currentNonce())) {
            return false;
        }
        String ha1 = md5(USER + ":" + REALM + ":" + PASSWORD);
        String ha2 = md5("GET:" + uri);
        String expected = md5(ha1 + ":" + p.get("nonce") + ":" + p.get("nc") + ":" + p.get("cnonce") + ":auth:" + ha2);
        return expected.equals(p.get("response"));
    }

    private synchronized int currentNonce() {
        return nonces;
    }

    /** The nonce in use expires: the next request is answered 401 with a new nonce and {@code stale=true}. */
    synchronized void expireNonce() {
        nonces++;
        stale = true;
    }

    private synchronized void challenge(HttpExchange exchange) throws IOException {
        if (!stale) {
            nonces++;
        }
        exchange.getResponseHeaders().add("WWW-Authenticate", "Digest realm=\"" + REALM + "\", nonce=\"nonce-"
                + nonces + "\", qop=\"auth\", opaque=\"" + OPAQUE + "\", algorithm=MD5" + (stale ? ", stale=true" : ""));
        stale = false;
        send(exchange, 401, "text/html", "<html>Unauthorized</html>".getBytes(StandardCharsets.UTF_8));
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cookie(Headers headers) {
        String cookies = String.join(";", headers.getOrDefault("Cookie", List.of()));
        Matcher m = Pattern.compile("RETS-Session-ID=([^;\\s]+)").matcher(cookies);
        return m.find() ? m.group(1) : null;
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                query.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
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

    /** Rows as the adapter mapped them, for assertions. */
    static Function<ListingRecord, String> keyAndTime() {
        return r -> r.listingKey() + "@" + r.modificationTimestamp();
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
