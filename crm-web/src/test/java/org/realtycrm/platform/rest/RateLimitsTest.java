package org.realtycrm.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimitsTest {

    @Test
    void tooManyRequestsAnswerCarriesRetryAfterAndAProblem() {
        var response = RateLimits.tooManyRequests(42);

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("42");
        assertThat(response.getMediaType().toString()).isEqualTo(Problems.MEDIA_TYPE);
    }
}
