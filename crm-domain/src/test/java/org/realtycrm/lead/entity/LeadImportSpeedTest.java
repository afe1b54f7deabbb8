package org.realtycrm.lead.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class LeadImportSpeedTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void rows_per_second_are_the_rows_read_over_the_time_from_start_to_end() {
        assertThat(LeadImport.rowsPerSecond(50_000, START, START.plusSeconds(20))).hasValue(2_500.0);
        assertThat(LeadImport.rowsPerSecond(3, START, START.plusMillis(1_500))).hasValue(2.0);
    }

    @Test
    void an_import_within_one_millisecond_counts_as_taking_one() {
        assertThat(LeadImport.rowsPerSecond(7, START, START)).hasValue(7_000.0);
    }

    @Test
    void an_import_that_has_not_started_or_finished_has_no_speed() {
        assertThat(LeadImport.rowsPerSecond(10, START, null)).isEmpty();
        assertThat(LeadImport.rowsPerSecond(10, null, null)).isEmpty();
        assertThat(new LeadImport("leads.csv", "/tmp/x.csv", 10, 1, "server").rowsPerSecond()).isEmpty();
    }
}
