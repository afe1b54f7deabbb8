package org.realtycrm.platform.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which stored backups to delete, grandfather-father-son: keep the newest backup of each of the last {@code daily}
 * days that have one, of each of the last {@code weekly} ISO weeks, and of each of the last {@code monthly} months
 * (days, weeks and months in the brokerage's time zone); the newest backup of all is always kept. A backup an
 * administrator took by hand is kept {@code daily} days whatever came after it: it was taken for a reason (before an
 * upgrade, say), and a later one the same day must not retire it.
 */
record BackupRetention(int daily, int weekly, int monthly, ZoneId zone) {

    /** A stored backup as retention sees it. */
    record Candidate(long id, Instant finishedAt, boolean manual) {
    }

    BackupRetention {
        if (daily < 0 || weekly < 0 || monthly < 0) {
            throw new IllegalArgumentException("backups to keep cannot be negative");
        }
    }

    /** The ids of the backups to delete, of {@code stored} (any order), {@code now}. */
    Set<Long> toDelete(List<Candidate> stored, Instant now) {
        List<Candidate> newestFirst = stored.stream()
                .sorted(Comparator.comparing(Candidate::finishedAt).thenComparing(Candidate::id).reversed())
                .toList();
        Set<Long> keep = new HashSet<>();
        if (!newestFirst.isEmpty()) {
            keep.add(newestFirst.get(0).id());
        }
        Instant manualKeptSince = now.minus(java.time.Duration.ofDays(daily));
        newestFirst.stream().filter(c -> c.manual() && c.finishedAt().isAfter(manualKeptSince))
                .forEach(c -> keep.add(c.id()));
        keep.addAll(newestPerPeriod(newestFirst, daily, day -> day));
        keep.addAll(newestPerPeriod(newestFirst, weekly,
                day -> day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        keep.addAll(newestPerPeriod(newestFirst, monthly, day -> day.getYear() * 100 + day.getMonthValue()));
        Set<Long> delete = new LinkedHashSet<>();
        newestFirst.stream().map(Candidate::id).filter(id -> !keep.contains(id)).forEach(delete::add);
        return delete;
    }

    private Set<Long> newestPerPeriod(List<Candidate> newestFirst, int periods, Function<LocalDate, Object> period) {
        Set<Object> seen = new HashSet<>();
        Set<Long> kept = new HashSet<>();
        for (Candidate candidate : newestFirst) {
            if (seen.size() == periods && !seen.contains(period.apply(day(candidate)))) {
                break;
            }
            if (seen.add(period.apply(day(candidate)))) {
                kept.add(candidate.id());
            }
        }
        return kept;
    }

    private LocalDate day(Candidate candidate) {
        return LocalDate.ofInstant(candidate.finishedAt(), zone);
    }
}
