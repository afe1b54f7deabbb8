package org.realtycrm.mls.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-12-04T17:49:41Z", "2026-12-04T17:49:41.1Z", "2026-12-04T17:49:41.123Z",
            "2026-12-04T17:49:41.1234567Z", "2026-12-04T17:49:41.123456789Z", "2024-02-29T23:59:59.999999Z",
            "2026-12-04T17:49:41-05:00", "2026-12-04T17:49:41.25+05:30", "2026-01-01T00:30:00-00:30",
            "1999-12-31T23:59:59+14:00",
            // shapes left to the standard parser, read the same
            "2026-12-04T17:49Z", "2026-12-04t17:49:41z", "2026-12-04T17:49:41+05:30:15",
            "2026-12-04T17:49:41.Z"
    })
    void readsWhatTheStandardParserReadsToTheNanosecond(String text) {
        assertThat(IsoInstants.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-02-30T10:00:00Z", "2026-12-04T24:00:00Z", "2026-13-01T10:00:00Z", "2026-12-04T17:49:41",
            "2026-12-04T17:49:41.1234567890Z", "2026-12-04T17:49:41+19:00", "2026-12-04T17:49:41+0530", "2026-12-04 17:49:41Z",
            "2026-12-04T17:49:4١Z", "2026-12-04T17:49:41.١Z", "yesterday", ""
    })
    void refusesWhatTheStandardParserRefuses(String text) {
        assertThatThrownBy(() -> OffsetDateTime.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoInstants.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void keepsTheNanosecondsAProviderSends() {
        assertThat(IsoInstants.parse("2026-12-04T17:49:41.0000001Z"))
                .isEqualTo(Instant.parse("2026-12-04T17:49:41Z").plusNanos(100));
    }
}
