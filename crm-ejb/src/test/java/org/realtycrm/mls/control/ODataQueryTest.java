package org.realtycrm.mls.control;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ODataQueryTest {

    @Test
    void string_literals_double_their_quotes() {
        assertThat(ODataQuery.literal("O'Brien's")).isEqualTo("'O''Brien''s'");
    }

    @Test
    void timestamps_are_utc_with_z_and_keep_their_fraction() {
        assertThat(ODataQuery.timestamp(Instant.parse("2026-01-02T10:00:00.120Z"))).isEqualTo("2026-01-02T10:00:00.120Z");
        assertThat(ODataQuery.timestamp(Instant.parse("2026-01-02T12:00:00+02:00"))).isEqualTo("2026-01-02T10:00:00Z");
    }

    @Test
    void values_are_percent_encoded_with_spaces_as_percent_20() {
        String query = new ODataQuery().with("$filter", "City eq 'São Paulo & Co' or x eq 1+1").with("$top", 5).with("$skip", null).encoded();

        assertThat(query).isEqualTo("$filter=City%20eq%20'S%C3%A3o%20Paulo%20%26%20Co'%20or%20x%20eq%201%2B1&$top=5");
    }

    @Test
    void a_cursor_filter_takes_the_rest_of_its_timestamp_and_everything_later() {
        assertThat(ReplicationCursor.start().odataFilter()).isEmpty();
        assertThat(ReplicationCursor.from(Instant.parse("2026-01-02T10:00:00Z")).odataFilter()).hasValue(
                "ModificationTimestamp gt 2026-01-02T10:00:00Z or (ModificationTimestamp eq 2026-01-02T10:00:00Z and ListingKey gt '')");
        assertThatThrownBy(() -> new ReplicationCursor(null, "A")).isInstanceOf(IllegalArgumentException.class);
    }
}
