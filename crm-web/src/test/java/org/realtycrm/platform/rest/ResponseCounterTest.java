package org.realtycrm.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseCounterTest {

    @Test
    void a_status_counts_in_its_class() {
        assertThat(ResponseCounter.statusClass(200)).isEqualTo("2xx");
        assertThat(ResponseCounter.statusClass(201)).isEqualTo("2xx");
        assertThat(ResponseCounter.statusClass(302)).isEqualTo("3xx");
        assertThat(ResponseCounter.statusClass(404)).isEqualTo("4xx");
        assertThat(ResponseCounter.statusClass(429)).isEqualTo("4xx");
        assertThat(ResponseCounter.statusClass(503)).isEqualTo("5xx");
        assertThat(ResponseCounter.statusClass(101)).isEqualTo("1xx");
    }

    @Test
    void a_status_outside_http_counts_as_a_server_error() {
        assertThat(ResponseCounter.statusClass(0)).isEqualTo("5xx");
        assertThat(ResponseCounter.statusClass(600)).isEqualTo("5xx");
        assertThat(ResponseCounter.CLASSES).contains(ResponseCounter.statusClass(0));
    }
}
