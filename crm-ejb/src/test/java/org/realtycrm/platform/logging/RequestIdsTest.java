package org.realtycrm.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0f8fad5b-d9cb-469f-a165-70867728950e", "01ARZ3NDEKTSV4RRFFQ69G5FAV",
            "4bf92f3577b34da6a3ce929d0e0e4736", "lb-7:req.42_a", "x"})
    void takes_a_plain_token_as_it_is(String offered) {
        assertThat(RequestIds.acceptOrCreate(offered)).isEqualTo(offered);
    }

    @Test
    void takes_one_of_the_longest_length() {
        String longest = "a".repeat(RequestIds.MAX_LENGTH);

        assertThat(RequestIds.acceptOrCreate(longest)).isEqualTo(longest);
        assertThat(RequestIds.acceptOrCreate(longest + "a")).isNotEqualTo(longest + "a").hasSize(36);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "abc def", "abc\ndef", "abc\r\nSet-Cookie: x=1", "\"quoted\"", "a\\b", "a/b",
            "{\"RequestId\":\"x\"}", "<script>", "naïve", "tab\there", "semi;colon", "a,b"})
    void replaces_anything_else_with_a_new_id(String offered) {
        String id = RequestIds.acceptOrCreate(offered);

        assertThat(id).isNotEqualTo(offered).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void new_ids_differ_and_are_themselves_sane() {
        String first = RequestIds.create();
        String second = RequestIds.create();

        assertThat(first).isNotEqualTo(second);
        assertThat(RequestIds.acceptOrCreate(first)).isEqualTo(first);
    }
}
