package org.realtycrm.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ActivityTest {

    @Test
    void keepsASummaryOf300Characters() {
        String summary = "s".repeat(300);

        assertThat(activity(summary).getSummary()).isEqualTo(summary);
    }

    @Test
    void shortensALongerSummaryWithAnEllipsis() {
        String summary = "s".repeat(301);

        assertThat(activity(summary).getSummary()).hasSize(300).endsWith("s...");
    }

    @Test
    void anEntryOfThePastKeepsItsMoment() {
        Instant then = Instant.now().minus(Duration.ofDays(12));

        Activity past = Activity.past(then, null, SubjectType.LEAD, 42, ActivityAction.STATUS_CHANGED, "s", "{}");

        assertThat(past.getOccurredAt()).isEqualTo(then);
        assertThat(past.getAction()).isEqualTo(ActivityAction.STATUS_CHANGED);
    }

    @Test
    void anEntryOfThePastIsNotInTheFuture() {
        Instant later = Instant.now().plus(Duration.ofHours(1));

        assertThatThrownBy(() -> Activity.past(later, null, SubjectType.LEAD, 42, ActivityAction.LEAD_CREATED, "s",
                "{}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEntryMadeNowIsNow() {
        Instant before = Instant.now();

        assertThat(activity("s").getOccurredAt()).isBetween(before, Instant.now());
    }

    private static Activity activity(String summary) {
        return new Activity(null, SubjectType.LEAD, 42, ActivityAction.LEAD_UPDATED, summary, "{}");
    }
}
