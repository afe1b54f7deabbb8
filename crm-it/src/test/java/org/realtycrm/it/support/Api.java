package org.realtycrm.it.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/**
 * The CRM's HTTP API as one caller sees it: anonymous, or signed in with a bearer token. Paths are relative to
 * {@code it.base-url}, e.g. {@code admin.get("/api/v1/leads" + Query.of("q", "smith"))}.
 */
public final class Api {

    public static final String JSON = "application/json";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI baseUri;
    private final String authorization;
    private final Map<String, String> headers;

    private Api(URI baseUri, String authorization) {
        this(baseUri, authorization, Map.of());
    }

    private Api(URI baseUri, String authorization, Map<String, String> headers) {
        this.baseUri = baseUri;
        this.authorization = authorization;
        this.headers = headers;
    }

    public static Api anonymous() {
        return new Api(baseUri(), null);
    }

    /** A caller sending {@code Authorization: Bearer <token>}, whatever the token is. */
    public static Api withToken(String token) {
        return withAuthorization("Bearer " + token);
    }

    /** A caller sending this {@code Authorization} header verbatim. */
    public static Api withAuthorization(String authorization) {
        return new Api(baseUri(), authorization);
    }

    /** Signs in and answers a caller using the new token; fails the test when sign-in does not succeed. */
    public static Api signIn(String email, String password) {
        return withToken(requestToken(email, password).expect(200).json().getString("access_token"));
    }

    /** The same, at another address (TwoNodesIT's load balancer). */
    public static Api signIn(String email, String password, String baseUrl) {
        String token = anonymous().at(baseUrl).post("/api/v1/auth/token", Json.createObjectBuilder()
                .add("email", email).add("password", password).build()).expect(200).json().getString("access_token");
        return withToken(token).at(baseUrl);
    }

    /** {@code POST /api/v1/auth/token}, whatever the outcome. */
    public static Response requestToken(String email, String password) {
        return anonymous().post("/api/v1/auth/token",
                Json.createObjectBuilder().add("email", email).add("password", password).build());
    }

    /** The same caller sending one more header with every request ({@code X-Request-Id}, say). */
    public Api withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(baseUri, authorization, Map.copyOf(more));
    }

    /** The same caller at another address: a node of its own, or the load balancer in front of two (TwoNodesIT). */
    public Api at(String baseUrl) {
        return new Api(URI.create(baseUrl), authorization, headers);
    }

    /** The bearer token this caller sends, or {@code null} when anonymous. */
    public String token() {
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
    }

    public Response get(String path) {
        return send(request(path, JSON).GET());
    }

    public Response get(String path, String accept) {
        return send(request(path, accept).GET());
    }

    public Response post(String path, JsonStructure body) {
        return send("POST", path, JSON, body.toString());
    }

    public Response put(String path, JsonStructure body) {
        return send("PUT", path, JSON, body.toString());
    }

    public Response patch(String path, JsonStructure body) {
        return send("PATCH", path, JSON, body.toString());
    }

    public Response delete(String path) {
        return send(request(path, JSON).DELETE());
    }

    /** Any method with any body, for requests the typed methods cannot express (malformed JSON, say). */
    public Response send(String method, String path, String contentType, String body) {
        return sendBody(method, path, contentType, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    }

    /**
     * Any method with any body, accepting {@code accept} rather than JSON: what a browser's form or a mail client's
     * one-click POST sends.
     */
    public Response send(String method, String path, String accept, String contentType, String body) {
        HttpRequest.Builder request = request(path, accept).method(method, body == null ? BodyPublishers.noBody()
                : BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** Any method with a body from a publisher (a file upload, say). */
    public Response sendBody(String method, String path, String contentType, BodyPublisher publisher) {
        HttpRequest.Builder request = request(path, JSON).method(method, publisher);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** A multipart/form-data POST with the content in part {@code file}, streamed (it may be large). */
    public Response upload(String path, String fileName, String contentType, Supplier<InputStream> content) {
        String boundary = "----crm-it-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        BodyPublisher body = BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(
                List.of(new ByteArrayInputStream(head), content.get(), new ByteArrayInputStream(tail)))));
        return sendBody("POST", path, "multipart/form-data; boundary=" + boundary, body);
    }

    /** {@code POST} of a JSON object and answers the created resource. */
    public JsonObject create(String path, JsonObject body) {
        return post(path, body).expect(201).json();
    }

    private HttpRequest.Builder request(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path))
                .timeout(TIMEOUT)
                .header("Accept", accept);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        return request;
    }

    private static Response send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            return new Response(request.method(), request.uri(), HTTP.send(request, BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static URI baseUri() {
        return URI.create(ItProperties.baseUrl());
    }
}
