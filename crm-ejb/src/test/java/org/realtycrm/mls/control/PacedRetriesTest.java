package org.realtycrm.mls.control;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.SSLSession;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The retry loop both adapters share, without HTTP: answers are scripted, waits on a fake clock. */
class PacedRetriesTest {

    private static final URI URL = URI.create("https://mls.example.com/search");

    private final FakeTime time = new FakeTime();
    private final PacedRetries retries = new PacedRetries("the test server", new RequestPacing(1000, 100_000, time, time),
            new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5)), time, time);

    /** Sends the scripted answers in turn: a status, or an {@link IOException} to throw. */
    private static class Scripted extends PacedRetries.Call<String> {
        final Deque<Object> answers;
        int sent;
        int renewals;

        Scripted(Object... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        HttpResponse<byte[]> send() throws IOException {
            sent++;
            Object answer = answers.removeFirst();
            if (answer instanceof IOException e) {
                throw e;
            }
            return answer instanceof Response response ? response : new Response((Integer) answer, Map.of());
        }

        @Override
        String ok(HttpResponse<byte[]> response, int attempt) {
            return "ok after " + attempt;
        }
    }

    @Test
    void failures_are_retried_with_backoff_and_the_200_sees_its_attempt() {
        Scripted call = new Scripted(503, new IOException("reset"), 200);

        assertThat(retries.get(URL, call)).isEqualTo("ok after 3");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void messages_name_the_server() {
        FeedUnavailableException failure = catchThrowableOfType(FeedUnavailableException.class,
                () -> retries.get(URL, new Scripted(500, 500, 500)));
        assertThat(failure).hasMessageContaining("the test server kept failing");
        assertThat(failure.attempts()).isEqualTo(3);
        assertThat(failure.status()).isEqualTo(500);

        assertThatThrownBy(() -> retries.get(URL, new Scripted(404))).hasMessageContaining("the test server refused the request");
        assertThatThrownBy(() -> retries.get(URL, 1, new Scripted(new IOException("reset"))))
                .hasMessageContaining("the test server did not answer");
        assertThatThrownBy(() -> retries.get(URL, new Scripted(new Response(429, Map.of("Retry-After", List.of("600"))))))
                .hasMessageContaining("the test server asks to wait 600 s");
    }

    @Test
    void a_401_the_call_answers_is_sent_again_without_counting_as_an_attempt() {
        Scripted call = new Scripted(401, 401, 200) {
            @Override
            boolean unauthorized(HttpResponse<byte[]> response, int attempt) {
                renewals++;
                return true;
            }
        };

        assertThat(retries.get(URL, call)).isEqualTo("ok after 1");
        assertThat(call.renewals).isEqualTo(2);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void a_401_the_call_does_not_answer_is_a_refusal() {
        Scripted call = new Scripted(401);

        FeedUnavailableException failure = catchThrowableOfType(FeedUnavailableException.class, () -> retries.get(URL, call));

        assertThat(failure.status()).isEqualTo(401);
        assertThat(failure.attempts()).isEqualTo(1);
        assertThat(call.sent).isEqualTo(1);
    }

    @Test
    void an_interrupt_ends_the_request_and_keeps_the_thread_interrupted() {
        PacedRetries.Call<String> call = new PacedRetries.Call<>() {
            @Override
            HttpResponse<byte[]> send() throws InterruptedException {
                throw new InterruptedException();
            }

            @Override
            String ok(HttpResponse<byte[]> response, int attempt) {
                return "ok";
            }
        };

        try {
            assertThatThrownBy(() -> retries.get(URL, call)).isInstanceOf(FeedUnavailableException.class).hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    private record Response(int statusCode, Map<String, List<String>> headerValues) implements HttpResponse<byte[]> {
        @Override public HttpRequest request() { return HttpRequest.newBuilder(URL).build(); }
        @Override public Optional<HttpResponse<byte[]>> previousResponse() { return Optional.empty(); }
        @Override public HttpHeaders headers() { return HttpHeaders.of(headerValues, (name, value) -> true); }
        @Override public byte[] body() { return new byte[0]; }
        @Override public Optional<SSLSession> sslSession() { return Optional.empty(); }
        @Override public URI uri() { return URL; }
        @Override public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
    }
}
