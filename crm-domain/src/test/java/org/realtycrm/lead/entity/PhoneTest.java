package org.realtycrm.lead.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneTest {

    @ParameterizedTest
    @ValueSource(strings = {"+14155550132", "+442079460958", "+6834002", "+123456789012345"})
    void acceptsE164Numbers(String number) {
        assertThat(new Phone(number, PhoneType.WORK).number()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4155550132", "+1 415 555 0132", "(415) 555-0132", "+04155550132", "+123456",
            "+1234567890123456", "+1415555013x", ""})
    void refusesAnythingElse(String number) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Phone(number, PhoneType.MOBILE))
                .withMessageContaining(number);
    }

    @Test
    void refusesAMissingNumber() {
        assertThatNullPointerException().isThrownBy(() -> new Phone(null, PhoneType.MOBILE));
    }

    @Test
    void isAMobileUnlessToldOtherwise() {
        assertThat(new Phone("+14155550132", null).type()).isEqualTo(PhoneType.MOBILE);
    }

    @Test
    void readsAsNumberAndType() {
        assertThat(new Phone("+14155550132", PhoneType.HOME)).hasToString("+14155550132 (HOME)");
    }
}
