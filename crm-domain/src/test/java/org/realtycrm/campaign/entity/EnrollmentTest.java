package org.realtycrm.campaign.entity;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.realtycrm.lead.entity.LeadStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** A lead in a campaign: put in by hand, due at its first step, and out once, for a reason that fits its column. */
class EnrollmentTest {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant FIRST_DUE = NOW.plusSeconds(3_600);
    private static final Instant LATER = NOW.plusSeconds(86_400);

    private static Enrollment enrollment() {
        return new Enrollment(4L, 9L, LeadStatus.CONTACTED, 3L, NOW, FIRST_DUE);
    }

    @Test
    void a_lead_put_in_by_hand_is_active_and_due_at_its_first_step() {
        Enrollment enrollment = enrollment();

        assertThat(enrollment.getCampaignId()).isEqualTo(4L);
        assertThat(enrollment.getLeadId()).isEqualTo(9L);
        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(enrollment.isActive()).isTrue();
        assertThat(enrollment.getHow()).isEqualTo(EnrollmentWay.HAND);
        assertThat(enrollment.getEnrolledBy()).isEqualTo(3L);
        assertThat(enrollment.getStatusAtEntry()).isEqualTo(LeadStatus.CONTACTED);
        assertThat(enrollment.getNextPosition()).isEqualTo(1);
        assertThat(enrollment.getNextDueAt()).isEqualTo(FIRST_DUE);
        assertThat(enrollment.getEnrolledAt()).isEqualTo(NOW);
        assertThat(enrollment.getExitReason()).isNull();
        assertThat(enrollment.getLeftAt()).isNull();
    }

    @Test
    void a_lead_that_exits_is_no_longer_active_or_due() {
        Enrollment enrollment = enrollment();

        assertThat(enrollment.exit("the lead replied", LATER)).isTrue();

        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.EXITED);
        assertThat(enrollment.isActive()).isFalse();
        assertThat(enrollment.getExitReason()).isEqualTo("the lead replied");
        assertThat(enrollment.getLeftAt()).isEqualTo(LATER);
        assertThat(enrollment.getNextDueAt()).isNull();
        assertThat(enrollment.getNextPosition()).isEqualTo(1);
    }

    @Test
    void a_lead_exits_once_and_keeps_its_first_reason_and_time() {
        Enrollment enrollment = enrollment();
        enrollment.exit("the lead replied", LATER);

        assertThat(enrollment.exit("the lead's status changed", LATER.plusSeconds(60))).isFalse();

        assertThat(enrollment.getStatus()).isEqualTo(EnrollmentStatus.EXITED);
        assertThat(enrollment.getExitReason()).isEqualTo("the lead replied");
        assertThat(enrollment.getLeftAt()).isEqualTo(LATER);
    }

    @Test
    void a_long_reason_is_clipped_to_its_column() {
        String longest = "r".repeat(Enrollment.MAX_REASON);

        Enrollment exact = enrollment();
        exact.exit(longest, LATER);
        assertThat(exact.getExitReason()).isEqualTo(longest);

        Enrollment longer = enrollment();
        longer.exit(longest + "tail", LATER);
        assertThat(longer.getExitReason()).isEqualTo(longest).hasSize(300);
    }
}
