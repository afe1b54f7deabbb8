import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local RESO Web API for the MLS replication benchmark: N listings of the Data Dictionary fields the CRM maps, each
 * with M Media records sent through $expand=Media, served by the replication query the CRM sends
 * (ModificationTimestamp gt T or (eq T and ListingKey gt K), ordered by ModificationTimestamp,ListingKey, $top,
 * @odata.nextLink) and gzip-compressed when asked. JDK only, run as a single-file program:
 *
 *   java ResoServer.java serve PORT LISTINGS MEDIA TOKEN    serve until killed
 *   java ResoServer.java fetch URL TOKEN                    the baseline: read every page as a plain HTTP client
 *   java ResoServer.java touch PORT COUNT                   move COUNT listings' ModificationTimestamp to now
 */
public class ResoServer {

    private static final Pattern CURSOR = Pattern.compile(
            "ModificationTimestamp gt (\\S+) or \\(ModificationTimestamp eq (\\S+) and ListingKey gt '((?:[^']|'')*)'\\)");
    private static final Pattern KEY_AFTER = Pattern.compile("ListingKey gt '([^']*)'");
    private static final String[] CITIES = {"Austin", "Round Rock", "Cedar Park", "Pflugerville", "Georgetown",
            "Leander", "Kyle", "Buda"};
    private static final String[] STATUSES = {"Active", "Active", "Active", "Pending", "Active Under Contract", "Closed"};

    /** Listings in replication order: each record's (timestamp, key) and its JSON. */
    private final List<Listing> listings = new ArrayList<>();
    private final int media;
    private final String token;
    private int port;

    private record Listing(Instant modified, String key, int n) {
    }

    private ResoServer(int count, int media, String token) {
        this.media = media;
        this.token = token;
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int n = 0; n < count; n++) {
            // ten listings share each second, so page boundaries fall inside runs of equal timestamps
            listings.add(new Listing(start.plusSeconds(n / 10), String.format("BENCH%07d", n), n));
        }
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "serve" -> new ResoServer(Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4])
                    .serve(Integer.parseInt(args[1]));
            case "fetch" -> fetch(args[1], args[2]);
            case "touch" -> {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + args[1] + "/touch?count=" + args[2])).build(),
                        HttpResponse.BodyHandlers.ofString());
                System.out.println(answer.body());
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private void serve(int port) throws IOException {
        this.port = port;
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/reso/Property", this::property);
        server.createContext("/photos/", this::photo);
        server.createContext("/touch", this::touch);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        System.out.println("serving " + listings.size() + " listings on port " + port);
    }

    /** Moves the first COUNT listings (in replication order) to now: an incremental pass has them to take. */
    private synchronized void touch(HttpExchange exchange) throws IOException {
        int count = Integer.parseInt(query(exchange.getRequestURI()).get("count"));
        Instant now = Instant.now();
        List<Listing> moved = new ArrayList<>();
        for (int i = 0; i < count && !listings.isEmpty(); i++) {
            Listing first = listings.remove(0);
            moved.add(new Listing(now, first.key(), first.n()));
        }
        listings.addAll(moved);
        send(exchange, 200, ("{\"touched\":" + moved.size() + "}").getBytes(StandardCharsets.UTF_8), false);
    }

    private void property(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI());
        if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{}".getBytes(StandardCharsets.UTF_8), false);
            return;
        }
        int top = Integer.parseInt(query.getOrDefault("$top", "1000"));
        int skip = Integer.parseInt(query.getOrDefault("$skip", "0"));
        List<Listing> snapshot;
        synchronized (this) {
            snapshot = new ArrayList<>(listings);
        }
        boolean keysOnly = "ListingKey".equals(query.get("$select"));
        if (keysOnly) {
            keys(exchange, snapshot, query.get("$filter"), top);
            return;
        }
        int from = 0;
        String filter = query.get("$filter");
        if (filter != null) {
            Matcher cursor = CURSOR.matcher(filter);
            if (!cursor.matches()) {
                send(exchange, 400, "{\"error\":\"unsupported filter\"}".getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            Instant t = Instant.parse(cursor.group(1));
            String k = cursor.group(3).replace("''", "'");
            from = firstAfter(snapshot, t, k);
        }
        boolean expand = "Media".equals(query.get("$expand"));
        StringBuilder body = new StringBuilder(top * (expand ? 3200 : 700)).append("{\"value\":[");
        int end = Math.min(snapshot.size(), from + skip + top);
        for (int i = from + skip; i < end; i++) {
            if (i > from + skip) {
                body.append(',');
            }
            record(body, snapshot.get(i), expand);
        }
        body.append(']');
        if (end - (from + skip) == top) {
            String rest = exchange.getRequestURI().getRawQuery().replaceAll("&\\$skip=\\d+", "");
            body.append(",\"@odata.nextLink\":\"http://127.0.0.1:").append(port).append("/reso/Property?")
                    .append(rest).append("&$skip=").append(skip + top).append('"');
        }
        body.append('}');
        String encoding = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        send(exchange, 200, body.toString().getBytes(StandardCharsets.UTF_8), encoding != null && encoding.contains("gzip"));
    }

    /** Keys in key order from after the filter's {@code ListingKey gt 'K'}, as reconciliation reads them. */
    private static void keys(HttpExchange exchange, List<Listing> snapshot, String filter, int top) throws IOException {
        Matcher after = filter == null ? null : KEY_AFTER.matcher(filter);
        String from = after != null && after.matches() ? after.group(1) : "";
        StringBuilder body = new StringBuilder("{\"value\":[");
        snapshot.stream().map(Listing::key).sorted().filter(k -> k.compareTo(from) > 0).limit(top)
                .forEach(k -> body.append(body.length() > 10 ? "," : "").append("{\"ListingKey\":\"").append(k)
                        .append("\"}"));
        send(exchange, 200, body.append("]}").toString().getBytes(StandardCharsets.UTF_8), false);
    }

    private static int firstAfter(List<Listing> sorted, Instant t, String k) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            Listing l = sorted.get(mid);
            int order = l.modified().compareTo(t);
            if (order < 0 || order == 0 && l.key().compareTo(k) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private void record(StringBuilder out, Listing listing, boolean expand) {
        int n = listing.n();
        String city = CITIES[n % CITIES.length];
        out.append("{\"ListingKey\":\"").append(listing.key())
                .append("\",\"ListingId\":\"ACT").append(n)
                .append("\",\"OriginatingSystemName\":\"bench\",\"StandardStatus\":\"").append(STATUSES[n % STATUSES.length])
                .append("\",\"PropertyType\":\"Residential\",\"PropertySubType\":\"Single Family Residence\"")
                .append(",\"ListPrice\":").append(150_000 + (n * 7919L) % 1_850_000)
                .append(",\"OriginalListPrice\":").append(160_000 + (n * 7919L) % 1_850_000)
                .append(",\"BedroomsTotal\":").append(1 + n % 6)
                .append(",\"BathroomsTotalInteger\":").append(1 + n % 4)
                .append(",\"LivingArea\":").append(700 + n % 4000)
                .append(",\"LotSizeArea\":").append(0.1 + (n % 50) / 10.0)
                .append(",\"YearBuilt\":").append(1950 + n % 75)
                .append(",\"StreetNumber\":\"").append(100 + n % 9900)
                .append("\",\"StreetName\":\"Elm\",\"StreetSuffix\":\"St\",\"UnparsedAddress\":\"").append(100 + n % 9900)
                .append(" Elm St, ").append(city).append(", TX\",\"City\":\"").append(city)
                .append("\",\"StateOrProvince\":\"TX\",\"PostalCode\":\"").append(78600 + n % 200)
                .append("\",\"CountyOrParish\":\"Travis\",\"Latitude\":").append(30.0 + (n % 1000) / 2000.0)
                .append(",\"Longitude\":").append(-97.9 + (n % 1000) / 2000.0)
                .append(",\"PublicRemarks\":\"Bright home with an open kitchen, a shaded yard and a two-car garage. Listing ")
                .append(n).append(".\",\"ListAgentKey\":\"AG").append(n % 500)
                .append("\",\"ListAgentFullName\":\"Agent ").append(n % 500)
                .append("\",\"ListOfficeKey\":\"OF").append(n % 40).append("\",\"ListOfficeName\":\"Office ").append(n % 40)
                .append("\",\"InternetEntireListingDisplayYN\":true,\"PhotosCount\":").append(media)
                .append(",\"PhotosChangeTimestamp\":\"2026-01-01T00:00:00Z\",\"ModificationTimestamp\":\"")
                .append(listing.modified()).append('"');
        if (expand) {
            out.append(",\"Media\":[");
            for (int m = 0; m < media; m++) {
                if (m > 0) {
                    out.append(',');
                }
                out.append("{\"MediaKey\":\"").append(listing.key()).append('-').append(m)
                        .append("\",\"ResourceRecordKey\":\"").append(listing.key())
                        .append("\",\"MediaURL\":\"http://127.0.0.1:").append(port).append("/photos/")
                        .append(listing.key()).append('-').append(m).append(".jpg\",\"Order\":").append(m)
                        .append(",\"MediaCategory\":\"Photo\",\"MediaModificationTimestamp\":\"2026-01-01T00:00:00Z\"}");
            }
            out.append(']');
        }
        out.append('}');
    }

    private static final byte[] JPEG = jpeg();

    private static byte[] jpeg() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1024, 768,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.ORANGE, 1024, 768, java.awt.Color.BLUE));
            g.fillRect(0, 0, 1024, 768);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void photo(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
        send(exchange, 200, JPEG, false);
    }

    private static void send(HttpExchange exchange, int status, byte[] body, boolean gzip) throws IOException {
        try (exchange) {
            if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            if (gzip) {
                ByteArrayOutputStream zipped = new ByteArrayOutputStream(body.length / 6);
                try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
                    out.write(body);
                }
                body = zipped.toByteArray();
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            }
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                values.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    /**
     * The baseline: every page of the replication, from the start, read as a plain HTTP client reads it (gzip asked,
     * bodies decompressed and counted, nextLink followed). Prints the seconds and the listings read.
     */
    private static void fetch(String firstPage, String token) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long started = System.nanoTime();
        long bytes = 0;
        int listings = 0;
        String url = firstPage;
        Pattern next = Pattern.compile("\"@odata.nextLink\":\"([^\"]+)\"");
        while (url != null) {
            HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = answer.headers().firstValue("Content-Encoding").isPresent()
                    ? new GZIPInputStream(answer.body()) : answer.body()) {
                body = in.readAllBytes();
            }
            bytes += body.length;
            String text = new String(body, StandardCharsets.UTF_8);
            listings += count(text, "\"ListingKey\":\"BENCH");
            Matcher link = next.matcher(text);
            url = link.find() ? link.group(1) : null;
        }
        System.out.printf("%.3f %d %d%n", (System.nanoTime() - started) / 1e9, listings, bytes);
    }

    private static int count(String text, String needle) {
        int found = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            found++;
        }
        return found;
    }
}
