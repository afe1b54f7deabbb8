package org.realtycrm.mls.control;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/**
 * One feed's requests within its provider's limits, shared by the RESO and RETS adapters: each attempt first waits
 * for the feed's {@link RequestPacing}; a {@code 200} is handed to the {@link Call}; a {@code 401} the call answers
 * (a renewed token, a new Digest challenge) is sent again without counting as an attempt; a {@code 429} or
 * {@code 5xx} waits for {@code Retry-After} or else backs off, as does a timeout or a broken connection, by the
 * {@link RetryPolicy}, up to the attempts allowed; a {@code Retry-After} beyond the policy's maximum and any other
 * status fail at once. Every failure is a {@link FeedUnavailableException} whose message names the server as the
 * adapter calls it ("the provider", "the RETS server"); an interrupt ends the request, the thread kept interrupted.
 * <p>
 * The retries are explicit code rather than MicroProfile Fault Tolerance: its annotations work only on CDI beans
 * inside the container, and this is a plain object created per feed, whose behaviour the tests check. The waits go
 * through the {@link Clock} and {@link Sleeper}, so the tests wait on a fake clock.
 */
final class PacedRetries {

    /** One request as the adapter sends it and reads its answers; subclassed per request, so it may keep state. */
    abstract static class Call<T> {

        /** Sends the request once (again after each failure). */
        abstract HttpResponse<byte[]> send() throws IOException, InterruptedException;

        /** What a {@code 200} answer means. */
        abstract T ok(HttpResponse<byte[]> response, int attempt);

        /**
         * A {@code 401}: whether the call renewed its credentials and the request is to be sent again, not counted
         * as an attempt; {@code false} makes it a refusal. It may fail itself with a more telling message.
         */
        boolean unauthorized(HttpResponse<byte[]> response, int attempt) {
            return false;
        }
    }

    private final String server;
    private final RequestPacing pacing;
    private final RetryPolicy retry;
    private final Clock clock;
    private final Sleeper sleeper;

    /** @param server the server as failure messages name it, e.g. "the provider" */
    PacedRetries(String server, RequestPacing pacing, RetryPolicy retry, Clock clock, Sleeper sleeper) {
        this.server = server;
        this.pacing = pacing;
        this.retry = retry;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** The call's result, within the policy's attempts. */
    <T> T get(URI url, Call<T> call) {
        return get(url, retry.maxAttempts(), call);
    }

    /** The call's result, within {@code maxAttempts} (1: no retry, e.g. a logout). */
    <T> T get(URI url, int maxAttempts, Call<T> call) {
        int attempt = 0;
        try {
            while (true) {
                attempt++;
                pacing.acquire();
                HttpResponse<byte[]> response;
                try {
                    response = call.send();
                } catch (IOException e) {
                    if (attempt >= maxAttempts) {
                        throw new FeedUnavailableException(server + " did not answer (" + e + ")", 0, url, attempt, e);
                    }
                    sleeper.sleep(retry.backoff(attempt));
                    continue;
                }
                int status = response.statusCode();
                if (status == 200) {
                    return call.ok(response, attempt);
                }
                if (status == 401 && call.unauthorized(response, attempt)) {
                    attempt--;
                    continue;
                }
                if (!RetryPolicy.retryable(status)) {
                    throw new FeedUnavailableException(server + " refused the request", status, url, attempt);
                }
                if (attempt >= maxAttempts) {
                    throw new FeedUnavailableException(server + " kept failing", status, url, attempt);
                }
                Duration wait = retry.waitAfter(response, attempt, clock);
                if (wait.compareTo(retry.maxRetryAfter()) > 0) {
                    throw new FeedUnavailableException(server + " asks to wait " + wait.toSeconds()
                            + " s, longer than this feed waits", status, url, attempt);
                }
                sleeper.sleep(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedUnavailableException("interrupted", 0, url, attempt, e);
        }
    }
}
