package org.realtycrm.pipeline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressKeyTest {

    @Test
    void two_spellings_of_one_address_agree() {
        String spelledOut = AddressKey.of("123 North Main Street, Apt. 4", null, "Boston", "MA", "02134");
        assertThat(AddressKey.of("123 N MAIN ST #4", null, "BOSTON", "MA", "02134-1234")).isEqualTo(spelledOut);
        assertThat(AddressKey.of("123 n. main st", "4", null, null, "02134")).isEqualTo(spelledOut);
        assertThat(AddressKey.of("123 North Main Street", "Unit 4", null, null, "02134")).isEqualTo(spelledOut);
        assertThat(AddressKey.of("123 North Main Street", "#4", null, null, "02134")).isEqualTo(spelledOut);
        assertThat(spelledOut).isEqualTo("123 N MAIN ST|4|02134");
    }

    @Test
    void another_unit_or_street_or_zip_is_another_address() {
        String home = AddressKey.of("123 Main St", null, "Boston", "MA", "02134");
        assertThat(AddressKey.of("123 Main St", "2", "Boston", "MA", "02134")).isNotEqualTo(home);
        assertThat(AddressKey.of("125 Main St", null, "Boston", "MA", "02134")).isNotEqualTo(home);
        assertThat(AddressKey.of("123 Main St", null, "Boston", "MA", "02135")).isNotEqualTo(home);
        assertThat(AddressKey.of("123 Main Ave", null, "Boston", "MA", "02134")).isNotEqualTo(home);
    }

    @Test
    void without_a_zip_the_city_and_state_place_it() {
        assertThat(AddressKey.of("9 Elm Road", null, "Austin", "tx", null)).isEqualTo("9 ELM RD||AUSTIN TX");
    }

    @Test
    void too_little_to_compare_gives_no_key() {
        assertThat(AddressKey.of(null, null, "Austin", "TX", "78701")).isNull();
        assertThat(AddressKey.of("9 Elm Rd", null, "Austin", null, null)).isNull();
        assertThat(AddressKey.of(" , ", null, null, null, "78701")).isNull();
    }
}
