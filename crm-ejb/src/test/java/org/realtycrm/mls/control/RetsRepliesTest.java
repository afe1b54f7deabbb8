package org.realtycrm.mls.control;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetsRepliesTest {

    private static final URI URL = URI.create("http://rets.example/search");

    private static byte[] xml(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_delimiter_is_the_hex_code_of_any_character_and_empty_values_are_kept() {
        RetsReplies.SearchAnswer answer = RetsReplies.search(xml("<RETS ReplyCode=\"0\" ReplyText=\"ok\">"
                + "<DELIMITER value=\"7C\"/><COLUMNS>|LIST_1|LIST_22|LIST_31|</COLUMNS>"
                + "<DATA>|K1||a &amp; b|</DATA><DATA>|K2|5|\t|</DATA></RETS>"), URL);

        assertThat(answer.columns()).containsExactly("LIST_1", "LIST_22", "LIST_31");
        assertThat(answer.rows()).containsExactly(Map.of("LIST_1", "K1", "LIST_22", "", "LIST_31", "a & b"),
                Map.of("LIST_1", "K2", "LIST_22", "5", "LIST_31", "\t"));
        assertThat(answer.count()).isEmpty();
        assertThat(answer.maxRows()).isFalse();
    }

    @Test
    void a_row_that_does_not_fit_the_columns_is_refused() {
        assertThatThrownBy(() -> RetsReplies.search(xml("<RETS ReplyCode=\"0\"><DELIMITER value=\"09\"/>"
                + "<COLUMNS>\tA\tB\t</COLUMNS><DATA>\t1\t</DATA></RETS>"), URL))
                .isInstanceOf(FeedUnavailableException.class).hasMessageContaining("1 values for 2 columns");
    }

    @Test
    void answers_that_are_not_rets_are_refused_and_no_dtd_is_read() {
        assertThatThrownBy(() -> RetsReplies.search(xml("<html><body>Maintenance</body></html>"), URL))
                .isInstanceOf(FeedUnavailableException.class).hasMessageContaining("not a RETS reply");
        assertThatThrownBy(() -> RetsReplies.search(xml("not xml"), URL))
                .isInstanceOf(FeedUnavailableException.class).hasMessageContaining("not RETS XML");
        assertThatThrownBy(() -> RetsReplies.search(xml("<?xml version=\"1.0\"?><!DOCTYPE RETS [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><RETS ReplyCode=\"0\"><COLUMNS>\tA\t</COLUMNS><DATA>\t&x;\t</DATA></RETS>"), URL))
                .isInstanceOf(FeedUnavailableException.class).hasMessageContaining("not RETS XML");
    }

    @Test
    void the_login_lines_are_read_with_or_without_a_rets_response_element() {
        assertThat(RetsReplies.login(xml("<RETS ReplyCode=\"0\" ReplyText=\"ok\"><RETS-RESPONSE>\r\nSearch = /s\r\n"
                + "GetObject=/o?x=1\r\n</RETS-RESPONSE></RETS>"), URL)).containsEntry("Search", "/s").containsEntry("GetObject", "/o?x=1");
        assertThat(RetsReplies.login(xml("<RETS ReplyCode=\"0\" ReplyText=\"ok\">\nSearch=/s\n</RETS>"), URL))
                .containsEntry("Search", "/s");
    }
}
