package org.realtycrm.mls.control;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultipartParallelTest {

    @Test
    void the_boundary_is_read_quoted_or_plain() {
        assertThat(MultipartParallel.boundary("multipart/parallel; boundary=\"simple boundary\"")).contains("simple boundary");
        assertThat(MultipartParallel.boundary("multipart/parallel;charset=x;BOUNDARY=abc123")).contains("abc123");
        assertThat(MultipartParallel.boundary("multipart/parallel")).isEmpty();
    }

    @Test
    void parts_with_bare_lf_line_ends_and_an_empty_body_are_read() {
        byte[] body = ("--b\nContent-ID: 1\nObject-ID: 1\n\nfirst\n--b\nObject-ID: 2\n\n\n--b--\n").getBytes(StandardCharsets.US_ASCII);

        List<MultipartParallel.Part> parts = MultipartParallel.parse(body, "b");

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).header("content-id")).contains("1");
        assertThat(new String(parts.get(0).body(), StandardCharsets.US_ASCII)).isEqualTo("first");
        assertThat(parts.get(1).body()).isEmpty();
    }

    @Test
    void the_delimiter_counts_only_at_the_start_of_a_line() {
        byte[] body = "--b\r\nObject-ID: 1\r\n\r\nx--b y\r\n--b--".getBytes(StandardCharsets.US_ASCII);

        assertThat(new String(MultipartParallel.parse(body, "b").get(0).body(), StandardCharsets.US_ASCII)).isEqualTo("x--b y");
    }

    @Test
    void a_body_without_delimiters_or_an_unclosed_part_is_refused() {
        assertThatThrownBy(() -> MultipartParallel.parse("no parts".getBytes(StandardCharsets.US_ASCII), "b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MultipartParallel.parse("--b\r\nObject-ID: 1\r\n\r\ncut off".getBytes(StandardCharsets.US_ASCII), "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not closed");
    }
}
