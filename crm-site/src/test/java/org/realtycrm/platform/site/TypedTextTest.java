package org.realtycrm.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void isOneLineWithoutSurroundingSpaceAndNothingWhenBlank() {
        assertThat(TypedText.line("  Round Rock ", 50)).isEqualTo("Round Rock");
        assertThat(TypedText.line("Round\tRock\r\n", 50)).isEqualTo("Round Rock");
        assertThat(TypedText.line("Aus\u0000tin\u0085", 50)).isEqualTo("Aus tin");
        assertThat(TypedText.line(null, 50)).isNull();
        assertThat(TypedText.line(" \t\n ", 50)).isNull();
    }

    @Test
    void isCutToItsLimitNeverInTheMiddleOfACharacter() {
        assertThat(TypedText.line("x".repeat(60), 50)).isEqualTo("x".repeat(50));
        assertThat(TypedText.line("x".repeat(49) + " y", 50)).as("no space left at the end").isEqualTo("x".repeat(49));
        String house = "\uD83C\uDFE0"; // one character, two UTF-16 units
        assertThat(TypedText.line("x".repeat(49) + house, 50)).isEqualTo("x".repeat(49));
        assertThat(TypedText.line("x".repeat(48) + house, 50)).isEqualTo("x".repeat(48) + house);
    }
}
