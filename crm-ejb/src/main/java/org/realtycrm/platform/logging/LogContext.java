package org.realtycrm.platform.logging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who and what the current thread works for: the request id and the signed-in user of the HTTP request it serves,
 * or of the request that started the batch job it runs. {@link LogFieldsHandler} adds them to every log event the
 * thread writes, so no log call names them. The web modules' request id filters and the jobs' listener open a
 * {@link Scope} and close it when the work ends: threads are pooled, and a context left behind would label the
 * next, unrelated work.
 */
public final class LogContext {

    /** The JSON fields of the log events (Payara's formatter writes each entry of a map parameter as a field). */
    static final String REQUEST_ID = "RequestId";
    static final String USER = "User";

    private static final ThreadLocal<Map<String, String>> CURRENT = new ThreadLocal<>();

    private LogContext() {
    }

    /**
     * Labels this thread's log events until the scope is closed, which puts back what was there before (a job's
     * step inside the job, on the same thread).
     *
     * @param user the signed-in user's name, or {@code null} for none
     */
    public static Scope open(String requestId, String user) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(REQUEST_ID, requestId);
        if (user != null && !user.isBlank()) {
            fields.put(USER, user);
        }
        Map<String, String> previous = CURRENT.get();
        // unmodifiable: the server formats log events later, on its own thread
        CURRENT.set(Collections.unmodifiableMap(fields));
        return () -> restore(previous);
    }

    /** The request id this thread works for, if any. */
    public static Optional<String> requestId() {
        return Optional.ofNullable(CURRENT.get()).map(fields -> fields.get(REQUEST_ID));
    }

    /** The signed-in user this thread works for, if any. */
    public static Optional<String> user() {
        return Optional.ofNullable(CURRENT.get()).map(fields -> fields.get(USER));
    }

    /** The fields of this thread's log events: empty when it works for no request. */
    static Map<String, String> fields() {
        Map<String, String> fields = CURRENT.get();
        return fields == null ? Map.of() : fields;
    }

    private static void restore(Map<String, String> previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    /** Ends a context; closing it twice is harmless only if nothing was opened in between, so close it once. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
