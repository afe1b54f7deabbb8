package org.realtycrm.task.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.realtycrm.platform.problem.InvalidInput.rejectedField;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.entity.TestUsers;
import org.realtycrm.platform.problem.RuleViolationException;

class TaskTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Instant DUE = Instant.parse("2026-12-07T14:00:00Z");
    private static final User ANA = TestUsers.agent(7);

    private static TaskDraft draft(Instant due, Integer remind, Recurrence recurrence) {
        return new TaskDraft(TaskKind.CALL, "  Call back  ", "", null, null, due, remind, recurrence);
    }

    private static Task task(Integer remind, Recurrence recurrence) {
        return new Task(draft(DUE, remind, recurrence), null, ANA, ANA);
    }

    @Test
    void keepsItsWordsTrimmedAndItsReminderTimeBeforeItIsDue() {
        Task task = task(15, null);

        assertThat(task.getTitle()).isEqualTo("Call back");
        assertThat(task.getDetails()).as("blank is none").isNull();
        assertThat(task.getRecurrence()).isEqualTo(Recurrence.NONE);
        assertThat(task.getRemindAt()).isEqualTo(DUE.minus(Duration.ofMinutes(15)));
        assertThat(task.isOpen()).isTrue();
        assertThat(task.isOverdue(DUE.plusSeconds(1))).isTrue();
        assertThat(task.isOverdue(DUE.minusSeconds(1))).isFalse();
    }

    @Test
    void withoutAReminderHasNoReminderTime() {
        assertThat(task(null, null).getRemindAt()).isNull();
    }

    @Test
    void refusesWhatItCannotBeFieldByField() {
        assertThat(rejectedField(() -> new Task(new TaskDraft(null, "x", null, null, null, DUE, null, null), null,
                ANA, ANA)).field()).isEqualTo("kind");
        assertThat(rejectedField(() -> new Task(new TaskDraft(TaskKind.CALL, " ", null, null, null, DUE, null, null),
                null, ANA, ANA)).field()).isEqualTo("title");
        assertThat(rejectedField(() -> new Task(draft(null, null, null), null, ANA, ANA)).field()).isEqualTo("dueAt");
        assertThat(rejectedField(() -> new Task(draft(DUE, -1, null), null, ANA, ANA)).field())
                .isEqualTo("remindMinutesBefore");
        assertThat(rejectedField(() -> new Task(draft(DUE, 7 * 24 * 60 + 1, null), null, ANA, ANA)).field())
                .isEqualTo("remindMinutesBefore");
        assertThat(rejectedField(() -> new Task(new TaskDraft(TaskKind.CALL, "x".repeat(201), null, null, null, DUE,
                null, null), null, ANA, ANA)).field()).isEqualTo("title");
    }

    @Test
    void belongsOnlyToSomeoneWhoCanDoWork() {
        assertThatThrownBy(() -> new Task(draft(DUE, null, null), null, TestUsers.client(9), ANA))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aRefusedChangeLeavesTheTaskAsItWas() {
        Task task = task(null, null);

        rejectedField(() -> task.change(new TaskDraft(TaskKind.EMAIL, "", null, null, null, DUE.plusSeconds(60), null,
                null), null, ANA));

        assertThat(task.getKind()).isEqualTo(TaskKind.CALL);
        assertThat(task.getDueAt()).isEqualTo(DUE);
    }

    @Test
    void movedItRemindsBeforeItsNewTime() {
        Task task = task(30, null);

        task.moveTo(DUE.plus(Duration.ofDays(1)));

        assertThat(task.getRemindAt()).isEqualTo(DUE.plus(Duration.ofDays(1)).minus(Duration.ofMinutes(30)));
    }

    @Test
    void doneItCannotBeDoneMovedOrChangedAgainUntilReopened() {
        Task task = task(null, null);

        assertThat(task.complete(ANA, DUE, ZONE)).isEmpty();

        assertThat(task.isOpen()).isFalse();
        assertThat(task.getCompletedAt()).isEqualTo(DUE);
        assertThat(task.isOverdue(DUE.plusSeconds(3600))).as("a done task is never overdue").isFalse();
        assertThatThrownBy(() -> task.complete(ANA, DUE, ZONE)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> task.moveTo(DUE)).isInstanceOf(RuleViolationException.class);
        task.reopen();
        assertThat(task.isOpen()).isTrue();
        assertThatThrownBy(task::reopen).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aRecurringTaskDoneMakesItsNextOccurrenceCountedFromItsSeries() {
        Task task = task(10, Recurrence.WEEKLY);
        Instant doneLate = DUE.plus(Duration.ofDays(9));

        Optional<Task> next = task.complete(ANA, doneLate, ZONE);

        assertThat(next).hasValueSatisfying(following -> {
            assertThat(following.getDueAt()).isEqualTo(DUE.plus(Duration.ofDays(14)));
            assertThat(following.getTitle()).isEqualTo("Call back");
            assertThat(following.getRecurrence()).isEqualTo(Recurrence.WEEKLY);
            assertThat(following.getRemindAt()).isEqualTo(following.getDueAt().minus(Duration.ofMinutes(10)));
            assertThat(following.isOpen()).isTrue();
            // its own completion counts from the same series
            assertThat(following.complete(ANA, following.getDueAt(), ZONE)).hasValueSatisfying(third ->
                    assertThat(third.getDueAt()).isEqualTo(DUE.plus(Duration.ofDays(21))));
        });
    }
}
