package org.realtycrm.campaign.entity;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UsStateTimeZonesTest {

    private static List<String> zones(String state) {
        return UsStateTimeZones.zonesOf(state).orElseThrow().stream().map(ZoneId::getId).toList();
    }

    @Test
    void every_state_dc_and_the_numbering_plan_territories_are_listed() {
        assertThat(UsStateTimeZones.codes()).hasSize(50 + 1 + 5)
                .contains("AL", "AK", "DC", "WY", "PR", "VI", "GU", "MP", "AS")
                .allMatch(code -> code.matches("[A-Z]{2}"));
    }

    @Test
    void every_zone_is_one_the_jdk_knows_by_that_name() {
        for (String code : UsStateTimeZones.codes()) {
            assertThat(UsStateTimeZones.zonesOf(code)).as(code).hasValueSatisfying(zones -> assertThat(zones)
                    .isNotEmpty().doesNotHaveDuplicates()
                    .allSatisfy(zone -> assertThat(ZoneId.of(zone.getId())).isEqualTo(zone)));
        }
    }

    @Test
    void states_spanning_several_zones_list_them_all() {
        assertThat(zones("FL")).containsExactly("America/New_York", "America/Chicago");
        assertThat(zones("TX")).containsExactly("America/Chicago", "America/Denver");
        assertThat(zones("AZ")).containsExactly("America/Phoenix", "America/Denver");
        assertThat(zones("IN")).contains("America/Indiana/Indianapolis", "America/Chicago");
        assertThat(zones("KY")).contains("America/New_York", "America/Chicago");
        assertThat(zones("TN")).containsExactlyInAnyOrder("America/New_York", "America/Chicago");
        assertThat(zones("MI")).containsExactly("America/Detroit", "America/Menominee");
        assertThat(zones("ND")).contains("America/Chicago", "America/Denver");
        assertThat(zones("SD")).containsExactly("America/Chicago", "America/Denver");
        assertThat(zones("NE")).containsExactly("America/Chicago", "America/Denver");
        assertThat(zones("KS")).containsExactly("America/Chicago", "America/Denver");
        assertThat(zones("ID")).containsExactly("America/Boise", "America/Los_Angeles");
        assertThat(zones("OR")).containsExactly("America/Los_Angeles", "America/Boise");
        assertThat(zones("AK")).contains("America/Anchorage", "America/Adak");
    }

    @Test
    void single_zone_states_and_territories() {
        assertThat(zones("NY")).containsExactly("America/New_York");
        assertThat(zones("CA")).containsExactly("America/Los_Angeles");
        assertThat(zones("IL")).containsExactly("America/Chicago");
        assertThat(zones("CO")).containsExactly("America/Denver");
        assertThat(zones("HI")).containsExactly("Pacific/Honolulu");
        assertThat(zones("DC")).containsExactly("America/New_York");
        assertThat(zones("PR")).containsExactly("America/Puerto_Rico");
        assertThat(zones("GU")).containsExactly("Pacific/Guam");
        assertThat(zones("AS")).containsExactly("Pacific/Pago_Pago");
    }

    @Test
    void a_code_is_read_in_any_case_and_trimmed() {
        assertThat(zones(" fl ")).isEqualTo(zones("FL"));
        assertThat(UsStateTimeZones.isState("Ny")).isTrue();
        assertThat(UsStateTimeZones.isState("ON")).isFalse();
        assertThat(UsStateTimeZones.isState("AE")).isFalse(); // an armed forces "state" has no zone
        assertThat(UsStateTimeZones.isState("")).isFalse();
        assertThat(UsStateTimeZones.isState(null)).isFalse();
        assertThat(UsStateTimeZones.zonesOf("Florida")).isEmpty();
    }

    @Test
    void a_place_is_found_by_its_english_name() {
        assertThat(UsStateTimeZones.codeOf(" new york ")).contains("NY");
        assertThat(UsStateTimeZones.codeOf("District of Columbia")).contains("DC");
        assertThat(UsStateTimeZones.codeOf("Puerto Rico")).contains("PR");
        assertThat(UsStateTimeZones.codeOf("Ontario")).isEmpty();
        assertThat(UsStateTimeZones.codeOf(null)).isEmpty();
    }

    @Test
    void the_zones_of_all_states_are_those_of_the_fifty_and_dc_each_once() {
        assertThat(UsStateTimeZones.zonesOfAllStates()).doesNotHaveDuplicates()
                .contains(ZoneId.of("America/New_York"), ZoneId.of("Pacific/Honolulu"), ZoneId.of("America/Adak"),
                        ZoneId.of("America/Phoenix"))
                .doesNotContain(ZoneId.of("Pacific/Guam"), ZoneId.of("America/Puerto_Rico"));
    }
}
