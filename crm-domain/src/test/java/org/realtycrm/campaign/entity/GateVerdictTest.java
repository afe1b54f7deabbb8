package org.realtycrm.campaign.entity;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gate's verdict: allowed when nothing objects; held until the latest moment of its refusals only when every one
 * of them passes with time (not when a Do-Not-Call list objects, not when nothing does); its refusals as the JSON array
 * a refused text's record keeps (reason, detail, and retryAt only where there is one) and in a few words.
 */
class GateVerdictTest {

    private static final Instant NOW = Instant.parse("2026-01-15T12:30:00Z");
    private static final Instant EIGHT_AM_NEW_YORK = Instant.parse("2026-01-15T13:00:00Z");
    private static final Instant TOMORROW = Instant.parse("2026-01-16T12:30:00Z");
    private static final String PHONE = "+12125550143";

    private static final Refusal QUIET = new Refusal(RefusalReason.QUIET_HOURS,
            "07:30 in America/New_York is outside 08:00–21:00; allowed from " + EIGHT_AM_NEW_YORK, EIGHT_AM_NEW_YORK);
    private static final Refusal CAP = new Refusal(RefusalReason.FREQUENCY_CAP,
            "3 marketing messages in the last 24 hours; at most 3 are sent", TOMORROW);
    private static final Refusal DNC = new Refusal(RefusalReason.INTERNAL_DNC, "INTERNAL_DNC (internal entry 4)",
            null);

    private static GateVerdict verdict(Refusal... refusals) {
        return new GateVerdict(PHONE, Channel.SMS, NOW, List.of(refusals));
    }

    private static JsonArray parsed(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    @Test
    void nothing_objecting_is_allowed_and_holds_nothing() {
        GateVerdict verdict = verdict();

        assertThat(verdict.allowed()).isTrue();
        assertThat(verdict.holdUntil()).isEmpty();
        assertThat(verdict.reasonsInWords()).isEmpty();
        assertThat(parsed(verdict.refusalsJson())).isEmpty();
    }

    @Test
    void any_refusal_refuses() {
        assertThat(verdict(QUIET).allowed()).isFalse();
        assertThat(verdict(DNC).allowed()).isFalse();
        assertThat(verdict(CAP, DNC).allowed()).isFalse();
    }

    @Test
    void a_refusal_that_passes_with_time_holds_the_text_until_then() {
        assertThat(verdict(QUIET).holdUntil()).contains(EIGHT_AM_NEW_YORK);
    }

    @Test
    void several_refusals_that_pass_with_time_hold_it_until_the_latest_of_them() {
        assertThat(verdict(CAP, QUIET).holdUntil()).contains(TOMORROW);
        assertThat(verdict(QUIET, CAP).holdUntil()).contains(TOMORROW);
    }

    @Test
    void a_refusal_that_never_passes_holds_nothing_whatever_else_would_pass() {
        assertThat(verdict(DNC).holdUntil()).isEmpty();
        assertThat(verdict(QUIET, DNC, CAP).holdUntil()).isEmpty();
    }

    @Test
    void the_refusals_are_a_json_array_of_reason_detail_and_the_moment_where_there_is_one() {
        JsonArray array = parsed(verdict(QUIET, DNC).refusalsJson());

        assertThat(array).hasSize(2);
        JsonObject quiet = array.getJsonObject(0);
        assertThat(quiet.getString("reason")).isEqualTo("QUIET_HOURS");
        assertThat(quiet.getString("detail")).isEqualTo(QUIET.detail());
        assertThat(Instant.parse(quiet.getString("retryAt"))).isEqualTo(EIGHT_AM_NEW_YORK);
        assertThat(quiet.keySet()).containsExactlyInAnyOrder("reason", "detail", "retryAt");
        JsonObject dnc = array.getJsonObject(1);
        assertThat(dnc.getString("reason")).isEqualTo("INTERNAL_DNC");
        assertThat(dnc.getString("detail")).isEqualTo("INTERNAL_DNC (internal entry 4)");
        assertThat(dnc.containsKey("retryAt")).isFalse();
    }

    @Test
    void a_detail_with_quotes_and_line_breaks_stays_valid_json() {
        Refusal odd = new Refusal(RefusalReason.STATE_DNC, "STATE_DNC (\"FL\" 2026-01\\v2\nsecond line)", null);

        JsonArray array = parsed(verdict(odd).refusalsJson());

        assertThat(array.getJsonObject(0).getString("detail")).isEqualTo(odd.detail());
    }

    @Test
    void the_refusals_read_back_as_they_were_written_with_the_recipients_zone() {
        Refusal quietInChicago = new Refusal(RefusalReason.QUIET_HOURS, "07:30 in America/Chicago is outside",
                EIGHT_AM_NEW_YORK, java.time.ZoneId.of("America/Chicago"));

        assertThat(GateVerdict.refusalsFrom(verdict(DNC, quietInChicago, CAP).refusalsJson()))
                .containsExactly(DNC, quietInChicago, CAP);
        assertThat(GateVerdict.refusalsFrom(null)).isEmpty();
    }

    @Test
    void the_reasons_in_words_are_their_names_in_order() {
        assertThat(verdict(QUIET).reasonsInWords()).isEqualTo("QUIET_HOURS");
        assertThat(verdict(QUIET, DNC, CAP).reasonsInWords()).isEqualTo("QUIET_HOURS, INTERNAL_DNC, FREQUENCY_CAP");
    }

    @Test
    void its_refusals_are_a_copy_the_caller_cannot_change() {
        List<Refusal> given = new ArrayList<>(List.of(QUIET));
        GateVerdict verdict = new GateVerdict(PHONE, Channel.CALL, NOW, given);

        given.add(DNC);

        assertThat(verdict.refusals()).containsExactly(QUIET);
        assertThatThrownBy(() -> verdict.refusals().add(DNC)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_refusal_has_a_reason_and_a_detail_and_passes_with_time_when_it_has_a_moment() {
        assertThat(QUIET.passesWithTime()).isTrue();
        assertThat(DNC.passesWithTime()).isFalse();
        assertThatThrownBy(() -> new Refusal(null, "x", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Refusal(RefusalReason.LITIGATOR, null, null))
                .isInstanceOf(NullPointerException.class);
    }
}
