package org.realtycrm.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.backup.BackupRetention.Candidate;

class BackupRetentionTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

    /** One backup a day at 07:30 UTC for {@code days} days up to 2026-12-04 (a Friday), ids counting from 1. */
    private static List<Candidate> daily(int days) {
        List<Candidate> backups = new ArrayList<>();
        LocalDate first = LocalDate.of(2026, 12, 4).minusDays(days - 1);
        for (int i = 0; i < days; i++) {
            backups.add(new Candidate(i + 1, first.plusDays(i).atTime(7, 30).toInstant(ZoneOffset.UTC), false));
        }
        return backups;
    }

    @Test
    void keepsSevenDailiesTheNewestOfFourWeeksAndOfTwelveMonths() {
        List<Candidate> year = daily(400);
        Set<Long> deleted = new BackupRetention(7, 4, 12, UTC).toDelete(year, NOW);

        List<Candidate> kept = year.stream().filter(c -> !deleted.contains(c.id())).toList();
        List<LocalDate> days = kept.stream().map(c -> LocalDate.ofInstant(c.finishedAt(), UTC)).sorted().toList();
        // the last 7 days (Nov 28 to Dec 4, which holds the newest of this week, of last week and of November);
        // the Sundays ending the two weeks before those; the last day of each month from January to October
        assertThat(days.subList(days.size() - 7, days.size())).first().isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(days).contains(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 15));
        assertThat(days).contains(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 1, 31));
        assertThat(days).doesNotContain(LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 27),
                LocalDate.of(2025, 12, 31));
        assertThat(kept).hasSize(7 + 2 + 10);
    }

    @Test
    void aSecondBackupOnTheSameDayReplacesTheFirstAndTheNewestIsAlwaysKept() {
        Instant morning = Instant.parse("2026-12-04T07:30:00Z");
        List<Candidate> two = List.of(new Candidate(1, morning, false),
                new Candidate(2, morning.plusSeconds(3600), false));

        assertThat(new BackupRetention(7, 4, 12, UTC).toDelete(two, NOW)).containsExactly(1L);
        assertThat(new BackupRetention(0, 0, 0, UTC).toDelete(two, NOW)).containsExactly(1L);
        assertThat(new BackupRetention(0, 0, 0, UTC).toDelete(List.of(), NOW)).isEmpty();
    }

    @Test
    void aBackupTakenByHandIsKeptItsDaysEvenWhenALaterOneCameTheSameDay() {
        Instant morning = Instant.parse("2026-12-04T07:30:00Z");
        Instant longAgo = Instant.parse("2026-10-10T07:30:00Z");
        List<Candidate> backups = List.of(new Candidate(1, morning, true), new Candidate(2, morning.plusSeconds(600),
                false), new Candidate(3, longAgo, true), new Candidate(4, longAgo.plusSeconds(600), false));

        // 1 is kept though 2 is that day's newest; 3, by hand too but 55 days old, goes as any other would (4 stays,
        // the newest of one of the last 7 days that have a backup)
        assertThat(new BackupRetention(7, 0, 0, UTC).toDelete(backups, NOW)).containsExactly(3L);
    }

    @Test
    void daysAreTheBrokeragesDays() {
        // 03:00 UTC on the 4th is still the 3rd in New York: two different days there, one in UTC
        List<Candidate> two = List.of(new Candidate(1, Instant.parse("2026-12-04T03:00:00Z"), false),
                new Candidate(2, Instant.parse("2026-12-04T20:00:00Z"), false));

        assertThat(new BackupRetention(2, 0, 0, ZoneId.of("America/New_York")).toDelete(two, NOW)).isEmpty();
        assertThat(new BackupRetention(2, 0, 0, UTC).toDelete(two, NOW)).containsExactly(1L);
    }
}
