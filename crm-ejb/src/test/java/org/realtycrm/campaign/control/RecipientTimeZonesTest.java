package org.realtycrm.campaign.control;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.campaign.entity.LocalTimeVerdict.ZoneSource;
import org.realtycrm.campaign.entity.QuietHoursRule;
import org.realtycrm.campaign.entity.RecipientLocation;

import static org.assertj.core.api.Assertions.assertThat;

class RecipientTimeZonesTest {

    private final RecipientTimeZones zones = new RecipientTimeZones();

    private List<String> ofNumber(String e164) {
        return zones.ofNumber(e164).stream().map(ZoneId::getId).toList();
    }

    @Test
    void a_number_is_placed_in_the_zones_of_its_area_code() {
        assertThat(ofNumber("+12125550143")).containsExactly("America/New_York");
        assertThat(ofNumber("+18085550143")).containsExactly("Pacific/Honolulu");
        assertThat(ofNumber("+19075550143")).contains("America/Anchorage", "America/Adak")
                .allMatch(zone -> zone.startsWith("America/"));
        assertThat(ofNumber("+16715550143")).containsExactly("Pacific/Guam");
        assertThat(ofNumber("+442079460958")).containsExactly("Europe/London");
        assertThat(ofNumber(" +1 (212) 555-0143 ")).containsExactly("America/New_York");
    }

    @Test
    void an_area_code_in_a_state_spanning_zones_gets_all_of_the_state_s_zones() {
        // libphonenumber places the Florida panhandle's 850 in Eastern time only, and East Tennessee's 423 in Central
        assertThat(ofNumber("+18505550143")).containsExactlyInAnyOrder("America/New_York", "America/Chicago");
        assertThat(ofNumber("+14235550143")).containsExactlyInAnyOrder("America/Chicago", "America/New_York");
        assertThat(ofNumber("+18504320143")).containsExactly("America/Chicago", "America/New_York"); // Pensacola
        assertThat(ofNumber("+12065550143")).containsExactly("America/Los_Angeles"); // "Washington State"
        assertThat(ofNumber("+12025550143")).containsExactly("America/New_York"); // "Washington D.C."
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "not a number", "+", "+1555", "+15555550143", "+999123456789"})
    void a_number_that_places_no_one_has_no_zones(String e164) {
        assertThat(zones.ofNumber(e164)).isEmpty();
        assertThat(zones.ofNumber(null)).isEmpty();
    }

    @Test
    void the_address_state_and_the_number_make_what_the_rule_decides_on() {
        RecipientLocation both = zones.locate(" fl ", "+12125550143");
        assertThat(both.state()).isEqualTo("FL");
        assertThat(both.numberZones()).containsExactly(ZoneId.of("America/New_York"));

        RecipientLocation numberOnly = zones.locate(null, "+18085550143");
        assertThat(numberOnly.state()).isNull(); // a number moves with its holder: its area code's state is not theirs
        assertThat(QuietHoursRule.federal().decide(numberOnly, Instant.parse("2026-06-15T18:00:00Z")))
                .satisfies(verdict -> {
                    assertThat(verdict.source()).isEqualTo(ZoneSource.AREA_CODE);
                    assertThat(verdict.zones()).containsExactly(ZoneId.of("Pacific/Honolulu"));
                    assertThat(verdict.allowed()).isTrue(); // 08:00 in Honolulu
                });
        assertThat(zones.locate(null, "nonsense")).isEqualTo(RecipientLocation.UNKNOWN);
    }
}
