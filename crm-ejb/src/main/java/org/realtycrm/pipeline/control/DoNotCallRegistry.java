package org.realtycrm.pipeline.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.pipeline.entity.ListAreaCode;
import org.realtycrm.pipeline.entity.SuppressionHit;
import org.realtycrm.pipeline.entity.CallVerdict;
import org.realtycrm.pipeline.control.RegisteredLists.AreaCode;
import org.realtycrm.pipeline.entity.DncListKey;
import org.realtycrm.pipeline.entity.SuppressionReason;

/**
 * The one place that says whether a number may be called or texted: the company's own list, the National Registry,
 * state lists and litigators. Campaign senders ask {@link #check} before every call or text; a scrub asks
 * {@link #lists} once and probes it for every row.
 * <p>
 * The file-loaded lists are held in memory (about 2 bytes a number) and follow the database: at most every few
 * seconds this server compares its copy with {@code dnc_area_codes} and reads only the area codes a newer load
 * changed, so a list loaded on another server is in force here within seconds. The company's own list is read from
 * the database on every check.
 */
@ApplicationScoped
public class DoNotCallRegistry {

    /** How long a server trusts its copy of the lists before comparing it with the database again. */
    static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(5);

    @Inject
    DncListStore store;

    @Inject
    InternalList internal;

    @Inject
    @ConfigProperty(name = "crm.brokerage.time-zone")
    String timeZone;

    Clock clock = Clock.systemUTC();

    private volatile RegisteredLists held = RegisteredLists.NONE;
    private volatile long checkedAt = System.nanoTime() - 2 * RECHECK_NANOS;
    /** Counts the loads committed here, so that a refresh that raced one does not count as current. */
    private final AtomicLong loadsSeen = new AtomicLong();

    /** One day's answers of one copy of the lists: made once per copy and day (they cost a few hundred objects). */
    private record DayAnswers(RegisteredLists lists, LocalDate date, RegisteredLists.Day answers) {
    }

    private volatile DayAnswers day;

    /** The file-loaded lists, current within a few seconds. */
    public RegisteredLists lists() {
        if (System.nanoTime() - checkedAt > RECHECK_NANOS) {
            return refreshIfStale();
        }
        return held;
    }

    /** The lists as they answer on {@code date}, current within a few seconds. */
    public RegisteredLists.Day answersOn(LocalDate date) {
        RegisteredLists lists = lists();
        DayAnswers made = day;
        if (made == null || made.lists() != lists || !made.date().equals(date)) {
            made = new DayAnswers(lists, date, lists.on(date));
            day = made;
        }
        return made.answers();
    }

    /** Callers that found the copy stale queue here; the first refreshes, the others find it current. */
    private synchronized RegisteredLists refreshIfStale() {
        return System.nanoTime() - checkedAt > RECHECK_NANOS ? refresh() : held;
    }

    /** A list was loaded here: the next question reads the database again (once the load has committed). */
    public void listsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) DncListsChanged changed) {
        loadsSeen.incrementAndGet();
        checkedAt = System.nanoTime() - 2 * RECHECK_NANOS;
    }

    /** Brings this server's copy up to the database now. */
    public synchronized RegisteredLists refresh() {
        long loadsBefore = loadsSeen.get();
        RegisteredLists before = held;
        Map<DncListKey, Map<Integer, AreaCode>> next = new HashMap<>();
        Map<DncListKey, Map<Integer, ListAreaCode>> toRead = new HashMap<>();
        for (ListAreaCode stamp : store.stamps()) {
            AreaCode kept = before.asMap().getOrDefault(stamp.list(), Map.of()).get(stamp.areaCode());
            if (kept != null && kept.stamp().numbersLoadId() == stamp.numbersLoadId()) {
                // a change list that only dated the area code left its numbers as they were: keep them, re-stamped
                next.computeIfAbsent(stamp.list(), k -> new HashMap<>()).put(stamp.areaCode(),
                        kept.stamp().equals(stamp) ? kept : new AreaCode(stamp, kept.numbers()));
            } else {
                toRead.computeIfAbsent(stamp.list(), k -> new HashMap<>()).put(stamp.areaCode(), stamp);
            }
        }
        // one query per list for the bitmaps whose numbers changed (all of them at a start)
        toRead.forEach((list, stamps) -> store.numbers(list, stamps.keySet()).forEach((areaCode, numbers) -> next
                .computeIfAbsent(list, k -> new HashMap<>()).put(areaCode, new AreaCode(stamps.get(areaCode),
                        numbers))));
        RegisteredLists refreshed = new RegisteredLists(next);
        held = refreshed;
        if (loadsSeen.get() == loadsBefore) {
            checkedAt = System.nanoTime();
        }
        return refreshed;
    }

    /**
     * Whether {@code e164} may be called or texted today, and if not, every reason with the list version behind it.
     * Numbers outside the North American plan are checked against the company's own list only.
     */
    public CallVerdict check(String e164) {
        return verdict(e164, internalHit(e164), answersOn(today()));
    }

    /**
     * The same answers as {@link #check} for many numbers in one pass (a dialer's file): the company's own list is
     * read once, when this is called, so use it for that pass only; an opt-out recorded after it is not in it.
     */
    public Function<String, CallVerdict> checker() {
        Map<String, Long> internalEntries = internal.firstEntries();
        RegisteredLists.Day day = answersOn(today());
        return e164 -> verdict(e164, Optional.ofNullable(internalEntries.get(e164)).map(DoNotCallRegistry::internalHit),
                day);
    }

    /** The one rule: the company's own list, and for a North American number the day's lists. */
    private static CallVerdict verdict(String e164, Optional<SuppressionHit> internalHit, RegisteredLists.Day day) {
        List<SuppressionHit> hits = new ArrayList<>(internalHit.stream().toList());
        nanpNumber(e164).ifPresent(number -> hits.addAll(day.hits(number)));
        return new CallVerdict(e164, hits);
    }

    private Optional<SuppressionHit> internalHit(String e164) {
        return internal.find(e164).map(entry -> internalHit(entry.getId()));
    }

    /** The company's own list's answer, naming the entry that put the number there (a check's and a scrub's alike). */
    static SuppressionHit internalHit(long entryId) {
        return new SuppressionHit(SuppressionReason.INTERNAL_DNC, "internal entry " + entryId);
    }

    /** Today in the brokerage's time zone: the day registry data is dated against. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(timeZone)));
    }

    /** The 10 national digits of a +1 number in the North American plan, if it is one. */
    public static Optional<Long> nanpNumber(String e164) {
        if (e164 == null || e164.length() != 12 || !e164.startsWith("+1")) {
            return Optional.empty();
        }
        long number = Long.parseLong(e164.substring(2));
        return AreaCodeBitmaps.isNanpNumber(number) ? Optional.of(number) : Optional.empty();
    }
}
