package org.realtycrm.mls.control;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limits both adapters' settings hold: defaults, the adapters' own request timeouts, checks, display. */
class FeedLimitsTest {

    private static ResoWebApiSettings.Builder reso() {
        return ResoWebApiSettings.builder(URI.create("https://api.example-mls.com/odata")).staticToken("t");
    }

    private static RetsSettings.Builder rets() {
        return RetsSettings.builder(URI.create("https://rets.example-mls.com/Login.asmx/Login"), "user", "pass",
                "RE_1", "LIST_1", "LIST_87");
    }

    @Test
    void defaults_are_the_same_for_both_adapters_but_the_request_timeout() {
        FeedLimits reso = reso().build().limits();
        FeedLimits rets = rets().build().limits();

        for (FeedLimits limits : new FeedLimits[] {reso, rets}) {
            assertThat(limits.requestsPerSecond()).isEqualTo(2);
            assertThat(limits.requestsPerHour()).isEqualTo(7200);
            assertThat(limits.maxAttempts()).isEqualTo(5);
            assertThat(limits.initialBackoff()).isEqualTo(Duration.ofSeconds(1));
            assertThat(limits.maxBackoff()).isEqualTo(Duration.ofMinutes(1));
            assertThat(limits.maxRetryAfter()).isEqualTo(Duration.ofMinutes(5));
            assertThat(limits.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(limits.retry()).isEqualTo(new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofMinutes(5)));
        }
        assertThat(reso.requestTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(rets.requestTimeout()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void the_builders_set_every_limit_and_chain_with_their_own_methods() {
        RetsSettings settings = rets().requestsPerSecond(3).requestsPerHour(100).maxAttempts(2)
                .backoff(Duration.ofMillis(200), Duration.ofSeconds(3)).maxRetryAfter(Duration.ofSeconds(30))
                .timeouts(Duration.ofSeconds(4), Duration.ofSeconds(9)).pageLimit(50).build();
        FeedLimits limits = settings.limits();

        assertThat(limits.requestsPerSecond()).isEqualTo(3);
        assertThat(limits.requestsPerHour()).isEqualTo(100);
        assertThat(limits.retry()).isEqualTo(new RetryPolicy(2, Duration.ofMillis(200), Duration.ofSeconds(3), Duration.ofSeconds(30)));
        assertThat(limits.connectTimeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(limits.requestTimeout()).isEqualTo(Duration.ofSeconds(9));
        assertThat(settings.pageLimit()).isEqualTo(50);
    }

    @Test
    void rates_and_attempts_must_be_at_least_one() {
        assertThatThrownBy(() -> reso().requestsPerSecond(0).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("requestsPerSecond must be at least 1");
        assertThatThrownBy(() -> rets().requestsPerHour(0).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("requestsPerHour must be at least 1");
        assertThatThrownBy(() -> rets().maxAttempts(0).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxAttempts must be at least 1");
    }

    @Test
    void the_settings_show_the_limits() {
        assertThat(reso().requestsPerHour(3600).build().toString()).endsWith(", $top=1000, 2/s, 3600/h, 5 attempts]");
        assertThat(rets().maxAttempts(3).build().toString()).endsWith(", Limit=500, 2/s, 7200/h, 3 attempts]");
    }
}
