package org.realtycrm.it.support;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/** One HTTP answer, with the request it answered so that a failing assertion says what was asked. */
public final class Response {

    private final String method;
    private final URI uri;
    private final HttpResponse<String> response;

    Response(String method, URI uri, HttpResponse<String> response) {
        this.method = method;
        this.uri = uri;
        this.response = response;
    }

    public int status() {
        return response.statusCode();
    }

    /** The first value of a header, or {@code null}. */
    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The media type without parameters, lower-cased, e.g. {@code application/problem+json}; empty when absent. */
    public String contentType() {
        String value = header("Content-Type");
        return value == null ? "" : value.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    public String body() {
        return response.body();
    }

    /** The body as a JSON object; fails the test, showing the body, when it is anything else. */
    public JsonObject json() {
        try (JsonReader reader = Json.createReader(new StringReader(body()))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new AssertionError("expected a JSON object from " + describe());
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new AssertionError("expected JSON from " + describe(), e);
        }
    }

    /** The body as a JSON array of objects; fails the test, showing the body, when it is anything else. */
    public List<JsonObject> array() {
        try (JsonReader reader = Json.createReader(new StringReader(body()))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new AssertionError("expected a JSON array from " + describe());
            }
            return value.asJsonArray().getValuesAs(JsonObject.class);
        } catch (JsonException e) {
            throw new AssertionError("expected JSON from " + describe(), e);
        }
    }

    /** The {@code items} of a page. */
    public List<JsonObject> items() {
        return json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** The ids of a page's items, in order. */
    public List<Long> ids() {
        return items().stream().map(item -> item.getJsonNumber("id").longValue()).toList();
    }

    /** The {@code total} of a page. */
    public long total() {
        return json().getJsonNumber("total").longValue();
    }

    /** Fails the test, showing the request and the answer, unless the status is the one expected. */
    public Response expect(int expectedStatus) {
        if (status() != expectedStatus) {
            throw new AssertionError("expected " + expectedStatus + " from " + describe());
        }
        return this;
    }

    /** e.g. {@code POST http://localhost:18080/api/v1/leads → 400 application/problem+json {"type": …}} */
    public String describe() {
        String text = body() == null ? "" : body();
        if (text.length() > 2_000) {
            text = text.substring(0, 2_000) + "…";
        }
        return method + " " + uri + " → " + status() + " " + contentType() + " " + text;
    }

    @Override
    public String toString() {
        return describe();
    }
}
