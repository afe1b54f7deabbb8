package org.realtycrm.mls.control;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One window of modification time that a RETS replication query reads, in the server's local time and whole
 * seconds: {@code [from, to]} with both ends included, as a DMQL2 range is, or from {@code from} on (the open window,
 * {@code to} null). {@code halved} is the window this one is the first half of, when it held too many rows: the
 * rest of it comes next. {@link RetsFeed} cuts a large query into windows, oldest first, so that a sync that fails repeats
 * the window it was in rather than the whole query.
 * <p>
 * A window is bounded only when it ends at least {@link #SETTLED} before now: a listing modified while its window is
 * read then leaves it (its new timestamp is later) and none joins it, so its COUNT can only fall, which the reader
 * sees. The open window is the last one. A window that holds too many rows is halved before it is read
 * ({@link #narrower}), and the rest of it is the next window: a binary search for where the rows are, one request a
 * step, however they bunch up. After the rest, the next window is sized from the rows the one before held, as if
 * they were spread evenly over its time ({@link #following}).
 */
record RetsWindow(LocalDateTime from, LocalDateTime to, RetsWindow halved) {

    /** How long before now a window must end to be bounded: longer than any clock skew or commit delay. */
    static final Duration SETTLED = Duration.ofHours(1);
    /** A following window is at most this many times as wide as the one before. */
    private static final long MAX_GROWTH = 8;
    private static final DateTimeFormatter DMQL_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    RetsWindow(LocalDateTime from, LocalDateTime to) {
        this(from, to, null);
    }

    RetsWindow {
        Objects.requireNonNull(from, "from");
        from = from.truncatedTo(ChronoUnit.SECONDS);
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("a window ends after it starts: " + from + " to " + to);
        }
    }

    /** Every modification from {@code from} on (cut to the whole second). */
    static RetsWindow openFrom(LocalDateTime from) {
        return new RetsWindow(from, null);
    }

    boolean isOpen() {
        return to == null;
    }

    /** The DMQL2 query of this window on {@code field}: {@code (F=from+)} or {@code (F=from-to)}. */
    String dmql(String field) {
        return "(" + field + "=" + DMQL_DATETIME.format(from) + (to == null ? "+" : "-" + DMQL_DATETIME.format(to)) + ")";
    }

    /**
     * The first half of this window (of the time up to now, for the open window): what is read instead when it holds
     * too many rows. Halving rather than a guess from the COUNT: modification times bunch up in the last years, and a
     * guess that assumes them spread evenly since 1970 would creep towards them a few percent per request.
     *
     * @return empty when it cannot be narrower: it is one second wide already, or its first half would not be
     * settled yet (the open window near now is read whole)
     */
    Optional<RetsWindow> narrower(LocalDateTime now) {
        long seconds = ChronoUnit.SECONDS.between(from, to != null ? to : now);
        if (seconds <= 1) {
            return Optional.empty();
        }
        LocalDateTime end = from.plusSeconds(seconds / 2);
        return end.isAfter(settled(now)) ? Optional.empty()
                : Optional.of(new RetsWindow(from, end, new RetsWindow(from, to)));
    }

    /**
     * The window after this one, which held {@code count} rows: it starts at this one's last second (a timestamp
     * with a fraction of that second may fall on either side of the end, as the server compares). It is the rest of
     * the window this one is the first half of; otherwise as wide as should hold about {@code target} rows, at most
     * {@value #MAX_GROWTH} times this one's width, and the open window once it would end in the unsettled time.
     *
     * @return empty after the open window: the query is done
     */
    Optional<RetsWindow> following(long count, long target, LocalDateTime now) {
        if (to == null) {
            return Optional.empty();
        }
        if (halved != null) {
            return Optional.of(halved.isOpen() ? openFrom(to) : new RetsWindow(to, halved.to()));
        }
        long seconds = ChronoUnit.SECONDS.between(from, to);
        long width = count == 0 ? seconds * MAX_GROWTH
                : Math.min(seconds * MAX_GROWTH, seconds / count * target + seconds % count * target / count);
        LocalDateTime end = to.plusSeconds(Math.max(1, width));
        return Optional.of(end.isAfter(settled(now)) ? openFrom(to) : new RetsWindow(to, end));
    }

    private static LocalDateTime settled(LocalDateTime now) {
        return now.minus(SETTLED);
    }
}
