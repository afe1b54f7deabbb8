package org.realtycrm.it.support;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

/** The imports API: multipart uploads of CSV files, and waiting for an import to finish. */
public final class Imports {

    public static final String PATH = "/api/v1/imports";
    public static final String CSV = "text/csv";

    private Imports() {
    }

    public static Response upload(Api api, String fileName, String csv) {
        return upload(api, fileName, CSV, () -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    /** A multipart/form-data POST with the content in part {@code file}, streamed (it may be large). */
    public static Response upload(Api api, String fileName, String contentType, Supplier<InputStream> content) {
        return api.upload(PATH, fileName, contentType, content);
    }

    public static String path(long id) {
        return PATH + "/" + id;
    }

    /** Polls the import until it is COMPLETED or FAILED; fails the test when that takes longer than {@code limit}. */
    public static JsonObject awaitFinished(Api api, long id, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (true) {
            JsonObject state = api.get(path(id)).expect(200).json();
            String status = state.getString("status");
            if (status.equals("COMPLETED") || status.equals("FAILED")) {
                return state;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("import " + id + " did not finish within " + limit + ": " + state);
            }
            pause(Duration.ofMillis(300));
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
