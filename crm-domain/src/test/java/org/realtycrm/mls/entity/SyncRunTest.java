package org.realtycrm.mls.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RuleViolationException;

class SyncRunTest {

    private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void aRunAddsUpItsPages() {
        SyncRun run = new SyncRun(7L, SyncKind.INCREMENTAL, START);

        run.recordPage(10, 5, 0);
        run.recordPage(0, 3, 2);
        run.succeed(START.plusSeconds(30));

        assertThat(run.getStatus()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(run.getPages()).isEqualTo(2);
        assertThat(run.getCreated()).isEqualTo(10);
        assertThat(run.getUpdated()).isEqualTo(8);
        assertThat(run.getDeleted()).isEqualTo(2);
        assertThat(run.getFinishedAt()).isEqualTo(START.plusSeconds(30));
        assertThat(run.getErrors()).isNull();
    }

    @Test
    void aRunCountsTheRosterRecordsItStoredApartFromTheListings() {
        SyncRun run = new SyncRun(7L, SyncKind.INCREMENTAL, START);

        run.recordPage(2, 0, 0);
        run.recordRoster(Roster.MEMBERS, 3);
        run.recordRoster(Roster.MEMBERS, 1);
        run.recordRoster(Roster.OFFICES, 2);

        assertThat(run.getMembers()).isEqualTo(4);
        assertThat(run.getOffices()).isEqualTo(2);
        assertThat(run.getPages()).as("listing pages only").isEqualTo(1);
        assertThat(run.getCreated()).isEqualTo(2);
        assertThatThrownBy(() -> run.recordRoster(Roster.OFFICES, -1)).isInstanceOf(InvalidInputException.class);
        run.succeed(START.plusSeconds(1));
        assertThatThrownBy(() -> run.recordRoster(Roster.MEMBERS, 1)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aFailedRunKeepsItsErrorsOneALine() {
        SyncRun run = new SyncRun(7L, SyncKind.FULL, START);

        run.recordError("listing K1: ListPrice\nis negative");
        run.fail(START.plusSeconds(5), "HTTP 429 after 3 retries");

        assertThat(run.getStatus()).isEqualTo(SyncStatus.FAILED);
        assertThat(run.getErrors()).isEqualTo("listing K1: ListPrice is negative\nHTTP 429 after 3 retries");
    }

    @Test
    void aFinishedRunRecordsNothingMore() {
        SyncRun run = new SyncRun(7L, SyncKind.RECONCILE, START);
        run.succeed(START.plusSeconds(1));

        assertThatThrownBy(() -> run.recordPage(1, 0, 0)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> run.recordError("late")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> run.fail(START.plusSeconds(2), "late")).isInstanceOf(RuleViolationException.class);
        assertThat(run.getStatus()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(run.getPages()).isZero();
    }

    @Test
    void countsAndTimesMustMakeSense() {
        SyncRun run = new SyncRun(7L, SyncKind.FULL, START);

        assertThatThrownBy(() -> run.recordPage(-1, 0, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> run.succeed(START.minusSeconds(1))).isInstanceOf(InvalidInputException.class);
        assertThat(run.getStatus()).isEqualTo(SyncStatus.RUNNING);
    }

    @Test
    void errorsStopGrowingAtTheirLimitAndSaySo() {
        SyncRun run = new SyncRun(7L, SyncKind.FULL, START);

        for (int i = 0; i < 1000; i++) {
            run.recordError("listing " + i + ": " + "x".repeat(80));
        }

        assertThat(run.getErrors().length()).isLessThanOrEqualTo(SyncRun.MAX_ERRORS_LENGTH + SyncRun.LEFT_OUT.length() + 1);
        assertThat(run.getErrors()).startsWith("listing 0: ").endsWith(SyncRun.LEFT_OUT);
        assertThat(run.getErrors().split(SyncRun.LEFT_OUT, -1)).hasSize(2);
    }
}
