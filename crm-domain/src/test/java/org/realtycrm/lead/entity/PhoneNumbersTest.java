package org.realtycrm.lead.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.realtycrm.platform.problem.InvalidInput.rejectedField;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.platform.problem.FieldError;

class PhoneNumbersTest {

    private final PhoneNumbers us = new PhoneNumbers("US");

    @ParameterizedTest
    @ValueSource(strings = {"(415) 555-0132", "415.555.0132", "+1 415 555 0132", "1-415-555-0132", "4155550132",
            "  415 555 0132  "})
    void readsTheWaysPeopleTypeAUsNumber(String typed) {
        assertThat(us.toE164("phones[0].number", typed)).isEqualTo("+14155550132");
    }

    @Test
    void dropsAnExtension() {
        assertThat(us.toE164("phone", "650.253.0000 x12")).isEqualTo("+16502530000");
    }

    @Test
    void keepsAForeignCountryCode() {
        assertThat(us.toE164("phone", "+44 20 7946 0958")).isEqualTo("+442079460958");
    }

    @Test
    void readsNationalNumbersInTheConfiguredRegion() {
        PhoneNumbers uk = new PhoneNumbers("GB");

        assertThat(uk.toE164("phone", "020 7946 0958")).isEqualTo("+442079460958");
        assertThat(uk.toE164("phone", "+1 650 253 0000")).isEqualTo("+16502530000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "12", "555-0132", "+1 650 253 000", "+1 999 999 9999"})
    void refusesWhatIsNotAValidNumberNamingTheField(String typed) {
        FieldError error = rejectedField(() -> us.toE164("phones[1].number", typed));

        assertThat(error.field()).isEqualTo("phones[1].number");
        // the number is not repeated: an import keeps its reasons, and a number is contact data
        assertThat(error.message()).contains("phone number").doesNotContain(typed);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void refusesABlankNumber(String typed) {
        assertThat(rejectedField(() -> us.toE164("phones[0].number", typed)))
                .isEqualTo(new FieldError("phones[0].number", "must not be blank"));
    }

    @Test
    void searchesByTheFullDigitsAndTheNationalNumber() {
        assertThat(PhoneNumbers.searchDigits("+14155550132")).isEqualTo("14155550132 4155550132");
        assertThat(PhoneNumbers.searchDigits("+442079460958")).isEqualTo("442079460958 2079460958");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "us", "USA", ""})
    void refusesAnUnknownDefaultRegion(String region) {
        assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumbers(region))
                .withMessageContaining("unknown region");
    }
}
