package org.realtycrm.pipeline.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.pipeline.entity.ListAreaCode;
import org.realtycrm.pipeline.entity.DncListKey;
import org.realtycrm.pipeline.entity.DncLoad;
import org.realtycrm.pipeline.entity.DncLoadKind;
import org.realtycrm.platform.problem.InvalidInputException;
import org.roaringbitmap.RoaringBitmap;

/**
 * Applies a read list file to its list, in the caller's transaction, one load at a time across servers:
 * <ul>
 * <li>a federal full list replaces the area codes it holds (a subscription is downloaded per area code);</li>
 * <li>a federal change list (additions or deletions) changes the area codes already loaded and brings them to its
 * date; the load may name the area codes the change list covers (the Registry's change list covers the whole
 * subscription since the last download), which are dated too where nothing changed; changes to an area code never
 * loaded are rejected: it needs its full list first;</li>
 * <li>a state or litigator list is always loaded whole and replaces the list.</li>
 * </ul>
 * Data older than what the list holds is refused: loading last month's file must not undo this month's.
 */
@ApplicationScoped
public class ListLoader {

    @Inject
    DncListStore store;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    Event<DncListsChanged> changed;

    /**
     * @param load   the load, not yet stored; it is stored with its outcome
     * @param covers for a change list, the area codes it covers (the subscription's), which it dates even where it
     *               changes nothing; empty: the area codes it holds
     */
    public DncLoad apply(DncLoad load, RegistryFileReader.Result file, Set<Integer> covers) {
        store.lockForLoading();
        DncListKey list = load.getList();
        List<ListAreaCode> held = store.stamps().stream().filter(s -> s.list().equals(list)).toList();
        TreeSet<Integer> fileAreaCodes = new TreeSet<>(file.additions().areaCodes());
        fileAreaCodes.addAll(file.deletions().areaCodes());
        if (fileAreaCodes.isEmpty() && (load.getKind() == DncLoadKind.FULL || covers.isEmpty())) {
            throw new InvalidInputException("file", "holds no US phone numbers" + (file.rejected().isEmpty() ? ""
                    : " (" + file.rejected().get(0) + ")"));
        }
        if (load.getKind() == DncLoadKind.FULL && !file.deletions().areaCodes().isEmpty()) {
            // a change list loaded as a full list would replace each area code by its few additions
            throw new InvalidInputException("kind", "is FULL, but the file holds deletions (lines flagged D): load a"
                    + " change list as ADDITIONS or DELETIONS");
        }
        if (load.getKind() == DncLoadKind.FULL && !covers.isEmpty()) {
            throw new InvalidInputException("areaCodes", "are named for a change list only: a full list covers the"
                    + " area codes it holds");
        }
        Set<Integer> heldAreaCodes = held.stream().map(ListAreaCode::areaCode).collect(Collectors.toSet());
        TreeSet<Integer> notLoaded = new TreeSet<>(covers);
        notLoaded.removeAll(heldAreaCodes);
        if (!notLoaded.isEmpty()) {
            throw new InvalidInputException("areaCodes", "name area codes never loaded (" + notLoaded.stream()
                    .map(String::valueOf).collect(Collectors.joining(", ")) + "): load their full lists first");
        }
        TreeSet<Integer> dated = new TreeSet<>(covers.isEmpty() ? fileAreaCodes : covers);
        dated.addAll(fileAreaCodes);
        refuseOlderData(load, held, load.getKind() == DncLoadKind.FULL ? fileAreaCodes : dated);
        List<String> rejects = new ArrayList<>();
        file.rejected().forEach(rejected -> rejects.add(rejected.toString()));
        Map<Integer, RoaringBitmap> next = new TreeMap<>();
        long added = 0;
        long deleted = 0;
        long skipped = 0;
        for (int areaCode : fileAreaCodes) {
            RoaringBitmap before = load.getKind() == DncLoadKind.FULL && held.stream()
                    .noneMatch(s -> s.areaCode() == areaCode) ? new RoaringBitmap()
                    : store.numbers(list, areaCode).orElse(null);
            if (before == null) {
                rejects.add("area code " + areaCode + ": not loaded yet; load its full list before its changes");
                skipped += orEmpty(file.additions().lines(areaCode)).getLongCardinality()
                        + orEmpty(file.deletions().lines(areaCode)).getLongCardinality();
                continue;
            }
            // a number both added and deleted in one change list stays listed: the lines' order is not kept, and
            // keeping it is the safe way to be wrong
            RoaringBitmap after = switch (load.getKind()) {
                case FULL -> orEmpty(file.additions().lines(areaCode));
                case ADDITIONS, DELETIONS -> RoaringBitmap.or(RoaringBitmap.andNot(before,
                        orEmpty(file.deletions().lines(areaCode))), orEmpty(file.additions().lines(areaCode)));
            };
            after.runOptimize();
            added += RoaringBitmap.andNotCardinality(after, before);
            deleted += RoaringBitmap.andNotCardinality(before, after);
            next.put(areaCode, after);
        }
        if (!list.isFederal()) {
            // loaded whole: the area codes the new file no longer holds lose all their numbers
            for (ListAreaCode gone : held) {
                if (!fileAreaCodes.contains(gone.areaCode())) {
                    deleted += gone.numbers();
                }
            }
        }
        if (next.isEmpty() && (load.getKind() == DncLoadKind.FULL || covers.isEmpty())) {
            throw new InvalidInputException("file", "changes no loaded area code (" + rejects.get(0) + ")");
        }
        long rejectedLines = file.rejectedCount() + skipped;
        load.recordOutcome(next.size(), added, deleted, file.lines(), rejectedLines, String.join("\n",
                rejects.subList(0, Math.min(rejects.size(), RegistryFileReader.KEPT_REJECTS))));
        em.persist(load);
        em.flush();
        next.forEach((areaCode, numbers) -> store.save(list, areaCode, numbers, load.getDataDate(), load.getId()));
        if (load.getKind() != DncLoadKind.FULL) {
            dated.retainAll(heldAreaCodes);
            store.advanceDataDate(list, dated, load.getDataDate(), load.getId());
        }
        if (!list.isFederal()) {
            store.removeAreaCodesOtherThan(list, next.keySet());
        }
        changed.fire(new DncListsChanged(load.getId()));
        return load;
    }

    /**
     * A federal full list is compared with the area codes it replaces (each is downloaded on its own day); a change
     * list, which dates them all, and a state or litigator list, loaded whole, with the newest data of the list.
     */
    private static void refuseOlderData(DncLoad load, List<ListAreaCode> held, Set<Integer> fileAreaCodes) {
        boolean perAreaCode = load.getList().isFederal() && load.getKind() == DncLoadKind.FULL;
        held.stream()
                .filter(areaCode -> !perAreaCode || fileAreaCodes.contains(areaCode.areaCode()))
                .map(ListAreaCode::dataDate)
                .max(LocalDate::compareTo)
                .filter(newest -> load.getDataDate().isBefore(newest))
                .ifPresent(newest -> {
                    throw new InvalidInputException("dataDate", "is older than the " + load.getList()
                            + " data already loaded (" + newest + ")");
                });
    }

    private static RoaringBitmap orEmpty(RoaringBitmap numbers) {
        return numbers == null ? new RoaringBitmap() : numbers;
    }
}
