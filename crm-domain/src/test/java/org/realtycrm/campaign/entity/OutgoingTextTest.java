package org.realtycrm.campaign.entity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.platform.problem.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class OutgoingTextTest {

    private static final String TO = "+15125550199";
    private static final String BODY = "Hi Ana, 3 new listings match \"Downtown condos\". Reply STOP to opt out.";
    private static final String KEY = "alert:search-7:2026-11-02";

    /** The fields refused, by name, when making the text fails. */
    private static Map<String, String> refused(Executable making) {
        Map<String, String> errors = new LinkedHashMap<>();
        assertThatThrownBy(making::execute).asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> e.errors().forEach(error -> errors.put(error.field(), error.message())));
        return errors;
    }

    @Test
    void a_text_keeps_its_number_body_and_key_as_given() {
        OutgoingText text = new OutgoingText(TO, BODY, KEY);

        assertThat(text.to()).isEqualTo(TO);
        assertThat(text.body()).isEqualTo(BODY);
        assertThat(text.idempotencyKey()).isEqualTo(KEY);
        // the body is the caller's, line breaks, quotes and all
        assertThat(new OutgoingText("+442071838750", "Line 1\nLine 2 ✓", "a.b_c-d:1").body())
                .isEqualTo("Line 1\nLine 2 ✓");
    }

    @Test
    void the_shortest_and_longest_e164_numbers_and_the_longest_body_and_key_are_accepted() {
        assertThat(new OutgoingText("+1234567", BODY, KEY).to()).isEqualTo("+1234567");
        assertThat(new OutgoingText("+123456789012345", BODY, KEY).to()).isEqualTo("+123456789012345");
        assertThat(new OutgoingText(TO, "x".repeat(OutgoingText.MAX_BODY), KEY).body())
                .hasSize(OutgoingText.MAX_BODY);
        assertThat(new OutgoingText(TO, BODY, "k".repeat(OutgoingText.MAX_KEY)).idempotencyKey())
                .hasSize(OutgoingText.MAX_KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"15125550199", "+1 512 555 0199", "+1-512-555-0199", "(512) 555-0199", "+0125550199",
            "+123456", "+1234567890123456", "+1512555019x", " +15125550199", "+15125550199\n", "tel:+15125550199",
            ""})
    void a_number_that_is_not_e164_is_refused(String number) {
        assertThat(refused(() -> new OutgoingText(number, BODY, KEY)))
                .containsExactly(Map.entry("to", "must be a phone number in E.164 (+12025550143)"));
    }

    @Test
    void an_empty_or_too_long_body_is_refused() {
        assertThat(refused(() -> new OutgoingText(TO, null, KEY))).containsExactly(Map.entry("body",
                "must not be empty"));
        assertThat(refused(() -> new OutgoingText(TO, " \n\t ", KEY))).containsExactly(Map.entry("body",
                "must not be empty"));
        assertThat(refused(() -> new OutgoingText(TO, "x".repeat(OutgoingText.MAX_BODY + 1), KEY)))
                .containsExactly(Map.entry("body", "must be at most 1600 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "alert search", "alert/7", "clé", "alert:7\n", "alert;7"})
    void a_key_outside_letters_digits_and_separators_is_refused(String key) {
        assertThat(refused(() -> new OutgoingText(TO, BODY, key))).containsExactly(Map.entry("idempotencyKey",
                "must be 1 to 100 letters, digits, '.', '_', ':' or '-'"));
    }

    @Test
    void a_missing_or_too_long_key_is_refused() {
        assertThat(refused(() -> new OutgoingText(TO, BODY, null))).containsOnlyKeys("idempotencyKey");
        assertThat(refused(() -> new OutgoingText(TO, BODY, "k".repeat(OutgoingText.MAX_KEY + 1))))
                .containsOnlyKeys("idempotencyKey");
    }

    @Test
    void every_invalid_field_is_reported_at_once() {
        assertThat(refused(() -> new OutgoingText(null, null, null))).containsOnlyKeys("to", "body",
                "idempotencyKey");
    }

    @Test
    void to_string_shows_neither_the_number_nor_the_body() {
        String shown = new OutgoingText(TO, BODY, KEY).toString();

        assertThat(shown).isEqualTo("OutgoingText[key=" + KEY + ", " + BODY.length() + " characters]");
        assertThat(shown).doesNotContain(TO).doesNotContain("5125550199").doesNotContain("Downtown");
    }
}
