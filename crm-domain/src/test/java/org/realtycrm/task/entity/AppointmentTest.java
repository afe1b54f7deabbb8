package org.realtycrm.task.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.platform.problem.InvalidInput.rejectedField;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.entity.TestUsers;

class AppointmentTest {

    private static final Instant START = Instant.parse("2026-12-09T16:00:00Z");
    private static final User ANA = TestUsers.agent(7);

    private static AppointmentDraft draft(Instant start, Instant end) {
        return new AppointmentDraft("Listing appointment", " 12 Oak St ", null, null, null, start, end, 60);
    }

    @Test
    void remindsBeforeItStartsAndMovesWithItsReminder() {
        Appointment appointment = new Appointment(draft(START, START.plusSeconds(3600)), null, ANA, ANA);

        assertThat(appointment.getLocation()).isEqualTo("12 Oak St");
        assertThat(appointment.getRemindAt()).isEqualTo(START.minus(Duration.ofHours(1)));

        appointment.reschedule(START.plus(Duration.ofDays(1)), START.plus(Duration.ofDays(1)).plusSeconds(5400));

        assertThat(appointment.getRemindAt()).isEqualTo(START.plus(Duration.ofDays(1)).minus(Duration.ofHours(1)));
        assertThat(appointment.getEndsAt()).isEqualTo(START.plus(Duration.ofDays(1)).plusSeconds(5400));
    }

    @Test
    void endsAfterItStartsAndWithinTwoWeeks() {
        assertThat(rejectedField(() -> new Appointment(draft(START, START), null, ANA, ANA)).field())
                .isEqualTo("endsAt");
        assertThat(rejectedField(() -> new Appointment(draft(START, START.plus(Duration.ofDays(15))), null, ANA, ANA))
                .field()).isEqualTo("endsAt");
        assertThat(rejectedField(() -> new Appointment(draft(null, START), null, ANA, ANA)).field())
                .isEqualTo("startsAt");
        assertThat(new Appointment(draft(START, START.plus(Duration.ofDays(14))), null, ANA, ANA).getEndsAt())
                .isEqualTo(START.plus(Duration.ofDays(14)));
    }

    @Test
    void aRefusedRescheduleLeavesItAsItWas() {
        Appointment appointment = new Appointment(draft(START, START.plusSeconds(3600)), null, ANA, ANA);

        rejectedField(() -> appointment.reschedule(START.plusSeconds(60), START));

        assertThat(appointment.getStartsAt()).isEqualTo(START);
    }
}
