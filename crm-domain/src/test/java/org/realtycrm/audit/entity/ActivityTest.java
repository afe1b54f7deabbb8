package org.realtycrm.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static Activity activity(String summary) {
        return new Activity(null, SubjectType.LEAD, 42, ActivityAction.LEAD_UPDATED, summary, "{}");
    }
}
