package org.realtycrm.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor's plain HTTP to the public website ({@link Site}), redirects not followed, so that a test sees each
 * answer as the browser gets it. {@code from} sets the visitor's address (X-Forwarded-For from the trusted proxy).
 */
public final class SiteClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern TICKET = Pattern.compile("name=\"ticket\" value=\"([^\"]+)\"");

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final String visitorAddress;

    private SiteClient(String visitorAddress) {
        this.visitorAddress = visitorAddress;
    }

    public static SiteClient visitor() {
        return new SiteClient(null);
    }

    /** A visitor at an address of their own: 10.0.x.y, unique in the build. */
    public static SiteClient fromOwnAddress() {
        int n = ADDRESSES.incrementAndGet();
        return new SiteClient("10.0." + (n >> 8 & 255) + "." + (n & 255));
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path).GET(), headers);
    }

    /** Posts a form (application/x-www-form-urlencoded) of name/value pairs. */
    public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return postRaw(path, body, headers);
    }

    public HttpResponse<String> postRaw(String path, String body, String... headers) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    /** The ticket of the first form on the page: when the page was made, as the site signed it. */
    public static String ticketOn(String html) {
        Matcher matcher = TICKET.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no form ticket on the page:\n" + html);
        }
        return matcher.group(1);
    }

    /** A contact form's fields, as a person fills them in, with the page's ticket. */
    public static Map<String, String> contactForm(String ticket, String firstName, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "CONTACT");
        form.put("firstName", firstName);
        form.put("lastName", "Visitor");
        form.put("email", email);
        form.put("message", "Is it still available?");
        form.put("website", "");
        form.put("ticket", ticket);
        return form;
    }

    /** Waits as long as a person at least takes to fill in a form. */
    public static void takeTimeToFillIn() {
        try {
            Thread.sleep(Site.FORM_MIN_SECONDS * 1000L + 200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Site.url() + path))
                .timeout(Duration.ofSeconds(30));
        if (visitorAddress != null) {
            builder.header("X-Forwarded-For", visitorAddress);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
