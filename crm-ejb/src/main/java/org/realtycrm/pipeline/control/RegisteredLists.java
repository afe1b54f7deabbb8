package org.realtycrm.pipeline.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.realtycrm.pipeline.entity.ListAreaCode;
import org.realtycrm.pipeline.entity.SuppressionHit;
import org.realtycrm.pipeline.entity.DncListKey;
import org.realtycrm.pipeline.entity.DncLoad;
import org.realtycrm.pipeline.entity.SuppressionReason;
import org.roaringbitmap.RoaringBitmap;

/**
 * The file-loaded Do-Not-Call lists as one server holds them at one moment: the National Registry per area code,
 * each state's list, the litigator list. Immutable once built, so every thread reads it without locks; a newer load
 * makes a new one ({@link DoNotCallRegistry}). Answers for one number in nanoseconds: a map lookup and a bitmap probe
 * per list.
 */
public final class RegisteredLists {

    /** Registry data used for scrubbing must be no older than this (Telemarketing Sales Rule). */
    public static final int FEDERAL_MAX_AGE_DAYS = 31;

    public static final RegisteredLists NONE = new RegisteredLists(Map.of());

    /** One area code of one list: its numbers and where they came from. */
    public record AreaCode(ListAreaCode stamp, RoaringBitmap numbers) {

        String version() {
            return DncLoad.version(stamp.list(), stamp.dataDate(), stamp.loadId());
        }
    }

    private final Map<DncListKey, Map<Integer, AreaCode>> lists;
    private final Map<Integer, AreaCode> federal;
    private final List<Map.Entry<DncListKey, Map<Integer, AreaCode>>> others;

    RegisteredLists(Map<DncListKey, Map<Integer, AreaCode>> lists) {
        this.lists = Map.copyOf(lists);
        this.federal = this.lists.getOrDefault(DncListKey.FEDERAL, Map.of());
        this.others = this.lists.entrySet().stream().filter(e -> !e.getKey().isFederal())
                .sorted(Map.Entry.comparingByKey((a, b) -> a.value().compareTo(b.value()))).toList();
    }

    /**
     * Lists built in memory, every area code dated {@code dataDate} (load 0): for benchmarks and tests, which hold
     * lists no database stored.
     */
    public static RegisteredLists of(Map<DncListKey, AreaCodeBitmaps> lists, LocalDate dataDate) {
        Map<DncListKey, Map<Integer, AreaCode>> held = new java.util.HashMap<>();
        lists.forEach((key, numbers) -> numbers.asMap().forEach((areaCode, lines) -> held
                .computeIfAbsent(key, k -> new java.util.HashMap<>()).put(areaCode, new AreaCode(
                        new ListAreaCode(key, areaCode, 0, dataDate, lines.getCardinality(), 0), lines))));
        return new RegisteredLists(held);
    }

    Map<DncListKey, Map<Integer, AreaCode>> asMap() {
        return lists;
    }

    /** The day before which federal data is outdated on {@code today}. */
    public static LocalDate oldestFreshFederalDate(LocalDate today) {
        return today.minusDays(FEDERAL_MAX_AGE_DAYS);
    }

    /**
     * The lists as they answer on {@code today}: whether each area code's federal data is current is worked out once;
     * then {@link Day#hits} says why a US number (10 national digits) may not be called. A number whose area code the
     * National Registry data does not cover, or covers with data older than 31 days, may not be called either.
     */
    public Day on(LocalDate today) {
        return new Day(this, oldestFreshFederalDate(today));
    }

    /**
     * The lists on one day: answers a number in a few array reads and bitmap probes. The answers (reason and list
     * version) are made once per area code, not per number.
     */
    public static final class Day {

        /** Per area code: the numbers that the federal answer applies to, or null when it applies to all of them. */
        private final RoaringBitmap[] federalNumbers = new RoaringBitmap[1000];
        private final SuppressionHit[] federalHit = new SuppressionHit[1000];
        private final RoaringBitmap[][] otherNumbers;
        private final SuppressionHit[][] otherHit;

        private Day(RegisteredLists lists, LocalDate oldestFresh) {
            for (int areaCode = 200; areaCode < 1000; areaCode++) {
                AreaCode held = lists.federal.get(areaCode);
                if (held == null) {
                    federalHit[areaCode] = new SuppressionHit(SuppressionReason.FEDERAL_NOT_LOADED,
                            "federal: area code " + areaCode + " not loaded");
                } else if (held.stamp().dataDate().isBefore(oldestFresh)) {
                    federalHit[areaCode] = new SuppressionHit(SuppressionReason.FEDERAL_OUTDATED, held.version());
                } else {
                    federalNumbers[areaCode] = held.numbers();
                    federalHit[areaCode] = new SuppressionHit(SuppressionReason.FEDERAL_DNC, held.version());
                }
            }
            otherNumbers = new RoaringBitmap[lists.others.size()][];
            otherHit = new SuppressionHit[lists.others.size()][];
            for (int i = 0; i < otherNumbers.length; i++) {
                RoaringBitmap[] numbers = otherNumbers[i] = new RoaringBitmap[1000];
                SuppressionHit[] hit = otherHit[i] = new SuppressionHit[1000];
                DncListKey key = lists.others.get(i).getKey();
                lists.others.get(i).getValue().forEach((areaCode, held) -> {
                    numbers[areaCode] = held.numbers();
                    hit[areaCode] = new SuppressionHit(key.reason(), held.version());
                });
            }
        }

        public List<SuppressionHit> hits(long number) {
            int areaCode = AreaCodeBitmaps.areaCodeOf(number);
            int line = (int) (number % AreaCodeBitmaps.LINES_PER_AREA_CODE);
            SuppressionHit first = null;
            List<SuppressionHit> more = null;
            RoaringBitmap registry = federalNumbers[areaCode];
            if (registry == null || registry.contains(line)) {
                first = federalHit[areaCode];
            }
            for (int i = 0; i < otherNumbers.length; i++) {
                RoaringBitmap listed = otherNumbers[i][areaCode];
                if (listed != null && listed.contains(line)) {
                    if (first == null) {
                        first = otherHit[i][areaCode];
                    } else {
                        more = add(more == null ? add(null, first) : more, otherHit[i][areaCode]);
                    }
                }
            }
            // most numbers have no reason or one: no list is built for them
            return more != null ? more : first != null ? List.of(first) : List.of();
        }
    }

    private static List<SuppressionHit> add(List<SuppressionHit> hits, SuppressionHit hit) {
        List<SuppressionHit> list = hits == null ? new ArrayList<>(2) : hits;
        list.add(hit);
        return list;
    }

    /** The federal area codes among {@code areaCodes} whose data is older than 31 days on {@code today}. */
    public SortedSet<Integer> outdatedFederal(Iterable<Integer> areaCodes, LocalDate today) {
        SortedSet<Integer> outdated = new TreeSet<>();
        for (int areaCode : areaCodes) {
            AreaCode held = federal.get(areaCode);
            if (held != null && held.stamp().dataDate().isBefore(oldestFreshFederalDate(today))) {
                outdated.add(areaCode);
            }
        }
        return outdated;
    }

    /** The version of every list consulted for {@code areaCodes}: list → version, federal per area code. */
    public Map<String, String> versionsFor(Iterable<Integer> areaCodes) {
        Map<String, String> versions = new TreeMap<>();
        for (int areaCode : areaCodes) {
            AreaCode held = federal.get(areaCode);
            versions.put("federal " + areaCode, held == null ? "not loaded" : held.version());
        }
        for (Map.Entry<DncListKey, Map<Integer, AreaCode>> list : others) {
            list.getValue().values().stream().findFirst()
                    .ifPresent(any -> versions.put(list.getKey().value(), any.version()));
        }
        return versions;
    }

    /** Every list's area codes and numbers. */
    public Map<DncListKey, List<ListAreaCode>> stamps() {
        Map<DncListKey, List<ListAreaCode>> stamps = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        lists.forEach((key, areaCodes) -> stamps.put(key, areaCodes.values().stream().map(AreaCode::stamp)
                .sorted((a, b) -> Integer.compare(a.areaCode(), b.areaCode())).toList()));
        return stamps;
    }

    public long heldBytes() {
        return lists.values().stream().flatMap(m -> m.values().stream())
                .mapToLong(a -> a.numbers().getLongSizeInBytes()).sum();
    }
}
