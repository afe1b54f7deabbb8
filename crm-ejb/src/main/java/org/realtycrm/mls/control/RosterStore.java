package org.realtycrm.mls.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.realtycrm.mls.entity.Feed;
import org.realtycrm.mls.entity.Member;
import org.realtycrm.mls.entity.MemberRecord;
import org.realtycrm.mls.entity.MemberRepository;
import org.realtycrm.mls.entity.Office;
import org.realtycrm.mls.entity.OfficeRecord;
import org.realtycrm.mls.entity.OfficeRepository;
import org.realtycrm.mls.entity.Roster;
import org.realtycrm.mls.entity.SyncRun;
import org.realtycrm.mls.entity.SyncRunRepository;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * The sync's writes of the roster, as {@link ListingStore} writes listings: each page in its own transaction under
 * the feed's lease, its Member or Office records upserted by (feed, key) (only a newer ModificationTimestamp
 * replaces a row), together with the roster's cursor past the page and the run's count.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RosterStore {

    @Inject
    FeedLeases leases;

    @Inject
    SyncRunRepository runs;

    @Inject
    MemberRepository members;

    @Inject
    OfficeRepository offices;

    /** Where the feed's replication of the roster stands: the start when nothing was committed yet. */
    public ReplicationCursor cursor(long feedId, Roster roster) {
        return ReplicationCursor.resumeAt(leases.existing(feedId).cursor(roster));
    }

    /**
     * Stores one page: each record added or, when newer, taken; the roster's cursor moved past the page; the records
     * stored counted in the run. A record the mapping refuses is reported in the run and left out.
     *
     * @return how many records were new or changed
     */
    public int storePage(long feedId, long runId, ListingStore.Lease lease, RosterPage page, ListingMapping mapping) {
        Feed feed = leases.renewed(feedId, lease);
        SyncRun run = runs.find(runId).orElseThrow(() -> new IllegalStateException("sync run " + runId + " is gone"));
        Roster roster = page.roster();
        int stored = switch (roster) {
            case MEMBERS -> storeMembers(feedId, run, page.records(), mapping);
            case OFFICES -> storeOffices(feedId, run, page.records(), mapping);
        };
        page.cursor().toStore().filter(next -> feed.cursor(roster).map(next::isAfter).orElse(true))
                .ifPresent(next -> feed.advanceCursor(roster, next));
        run.recordRoster(roster, stored);
        return stored;
    }

    private int storeMembers(long feedId, SyncRun run, List<RosterRecord> records, ListingMapping mapping) {
        Map<String, Member> known = new HashMap<>(members.findByKeys(feedId, keys(records)));
        int stored = 0;
        for (RosterRecord record : records) {
            MemberRecord member;
            try {
                member = mapping.member(record);
            } catch (InvalidInputException e) {
                run.recordError(leftOut(Roster.MEMBERS, record, e));
                continue;
            }
            Member current = known.get(member.memberKey());
            if (current == null) {
                Member added = new Member(feedId, member);
                members.add(added);
                known.put(member.memberKey(), added);
                stored++;
            } else if (current.update(member)) {
                stored++;
            }
        }
        return stored;
    }

    private int storeOffices(long feedId, SyncRun run, List<RosterRecord> records, ListingMapping mapping) {
        Map<String, Office> known = new HashMap<>(offices.findByKeys(feedId, keys(records)));
        int stored = 0;
        for (RosterRecord record : records) {
            OfficeRecord office;
            try {
                office = mapping.office(record);
            } catch (InvalidInputException e) {
                run.recordError(leftOut(Roster.OFFICES, record, e));
                continue;
            }
            Office current = known.get(office.officeKey());
            if (current == null) {
                Office added = new Office(feedId, office);
                offices.add(added);
                known.put(office.officeKey(), added);
                stored++;
            } else if (current.update(office)) {
                stored++;
            }
        }
        return stored;
    }

    private static List<String> keys(List<RosterRecord> records) {
        return records.stream().map(RosterRecord::key).distinct().toList();
    }

    private static String leftOut(Roster roster, RosterRecord record, InvalidInputException e) {
        return roster.resource() + " " + record.key() + " left out: " + e.errors().stream()
                .map(ListingStore::describe).collect(Collectors.joining("; "));
    }
}
