package org.realtycrm.platform.mime;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultipartTest {

    @Test
    void the_boundary_is_read_quoted_or_plain() {
        assertThat(Multipart.boundary("multipart/parallel; boundary=\"simple boundary\"")).contains("simple boundary");
        assertThat(Multipart.boundary("multipart/parallel;charset=x;BOUNDARY=abc123")).contains("abc123");
        assertThat(Multipart.boundary("multipart/parallel")).isEmpty();
    }

    @Test
    void a_parameter_is_read_quoted_or_plain_and_a_semicolon_in_quotes_is_its_own() {
        String disposition = "form-data; name=\"attachment1\"; filename=\"a;b \\\"c\\\".jpg\"";

        assertThat(Multipart.parameter(disposition, "name")).contains("attachment1");
        assertThat(Multipart.parameter(disposition, "filename")).isPresent();
        assertThat(Multipart.parameter("form-data; name=subject", "NAME")).contains("subject");
        assertThat(Multipart.parameter("form-data; name=\"subject\"", "filename")).isEmpty();
        assertThat(Multipart.parameter("text/plain; charset=iso-8859-1", "charset")).contains("iso-8859-1");
        assertThat(Multipart.parameter("name=first", "name")).as("the value's own type is no parameter").isEmpty();
    }

    @Test
    void a_form_data_body_keeps_each_fields_bytes_as_sent() {
        byte[] body = ("--xYzZY\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nline one\r\nline two\r\n"
                + "--xYzZY\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\nRe: Hi\r\n--xYzZY--\r\n")
                .getBytes(StandardCharsets.US_ASCII);

        List<Multipart.Part> parts = Multipart.parse(body, "xYzZY");

        assertThat(parts).extracting(part -> new String(part.body(), StandardCharsets.US_ASCII))
                .containsExactly("line one\r\nline two", "Re: Hi");
    }

    @Test
    void parts_with_bare_lf_line_ends_and_an_empty_body_are_read() {
        byte[] body = ("--b\nContent-ID: 1\nObject-ID: 1\n\nfirst\n--b\nObject-ID: 2\n\n\n--b--\n").getBytes(StandardCharsets.US_ASCII);

        List<Multipart.Part> parts = Multipart.parse(body, "b");

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).header("content-id")).contains("1");
        assertThat(new String(parts.get(0).body(), StandardCharsets.US_ASCII)).isEqualTo("first");
        assertThat(parts.get(1).body()).isEmpty();
    }

    @Test
    void the_delimiter_counts_only_at_the_start_of_a_line() {
        byte[] body = "--b\r\nObject-ID: 1\r\n\r\nx--b y\r\n--b--".getBytes(StandardCharsets.US_ASCII);

        assertThat(new String(Multipart.parse(body, "b").get(0).body(), StandardCharsets.US_ASCII)).isEqualTo("x--b y");
    }

    @Test
    void a_header_block_as_a_multipart_writer_makes_it_is_well_formed() {
        byte[] body = ("--xYzZY\r\nContent-Disposition: form-data; name=\"text\"\r\nContent-Type: text/plain\r\n\r\n"
                + "hi\r\n--xYzZY \r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\nRe\r\n--xYzZY--\r\n")
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(Multipart.parse(body, "xYzZY")).extracting(Multipart.Part::malformedHeaders)
                .containsExactly(false, false);
    }

    @Test
    void a_header_block_read_in_spite_of_its_faults_says_it_was_malformed() {
        for (String headers : new String[] {
                "Content-Disposition: form-data; name=\"from\"\r\nno colon here\r\n",
                "Content-Disposition: form-data; name=\"from\"\r\n: no name\r\n",
                "Content-Disposition : form-data; name=\"from\"\r\n",
                "Content-Disposition: form-data;\r\n name=\"from\"\r\n",
                "Content-Disposition: form-data; name=\"from\"\r\nContent-Disposition: form-data; name=\"to\"\r\n",
                "Content-Disposition: form-data; name=\"from\"\n"}) {
            byte[] body = ("--b\r\n" + headers + "\r\nana@example.com\r\n--b--").getBytes(StandardCharsets.US_ASCII);

            assertThat(Multipart.parse(body, "b")).as(headers).singleElement()
                    .extracting(Multipart.Part::malformedHeaders).isEqualTo(true);
        }
        byte[] bareDelimiterLine = "--b\nContent-ID: 1\r\n\r\nx\r\n--b--".getBytes(StandardCharsets.US_ASCII);
        assertThat(Multipart.parse(bareDelimiterLine, "b").get(0).malformedHeaders()).isTrue();
    }

    @Test
    void a_body_without_delimiters_or_an_unclosed_part_is_refused() {
        assertThatThrownBy(() -> Multipart.parse("no parts".getBytes(StandardCharsets.US_ASCII), "b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Multipart.parse("--b\r\nObject-ID: 1\r\n\r\ncut off".getBytes(StandardCharsets.US_ASCII), "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not closed");
    }
}
