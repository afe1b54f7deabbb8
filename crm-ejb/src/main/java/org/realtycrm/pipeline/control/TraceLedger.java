package org.realtycrm.pipeline.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.realtycrm.pipeline.entity.ContactsJson;
import org.realtycrm.pipeline.entity.SkipTraceResult;
import org.realtycrm.platform.persistence.NativeTimestamps;
import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.FieldCiphers;

/**
 * The skip trace's records, each change in a transaction of its own: the owners still to trace, the vendor batches
 * (recorded as submitted before they are polled, so a restart polls a paid batch instead of paying again), the cache
 * of what the vendor found per owner, and the month's hits for the quota. Contacts are stored sealed, as a lead's.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class TraceLedger {

    /**
     * A row still to trace: its line, owner key, the owner, where they get mail (the property's address when the list
     * gives none), the property's address, and the file's own columns.
     */
    public record Pending(long line, String ownerKey, String firstName, String lastName, String ownerName,
            String street, String city, String state, String zip, String propertyStreet, String propertyCity,
            String propertyState, String propertyZip, String extra) {
    }

    /** A batch handed to the vendor and not yet applied: its rows are the pull's pending rows in its lines. */
    public record OpenBatch(long id, String vendorBatchId, long firstLine, long lastLine, Instant submittedAt) {
    }

    /** The quota's advisory lock (any fixed number not used elsewhere): one run at a time checks and books it. */
    private static final long QUOTA_LOCK = 0x736b69707472L;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** Pending rows after {@code afterLine}, by line. */
    @SuppressWarnings("unchecked")
    public List<Pending> pending(long pullId, long afterLine, long upToLine, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        select r.line, r.owner_key, r.owner_first_name, r.owner_last_name, r.owner_name,
                               case when mailing_whole then r.mailing_street else p.unparsed_address end,
                               case when mailing_whole then r.mailing_city else p.city end,
                               case when mailing_whole then r.mailing_state else p.state_or_province end,
                               case when mailing_whole then r.mailing_zip else p.postal_code end,
                               p.unparsed_address, p.city, p.state_or_province, p.postal_code, r.extra
                          from pipeline_rows r join properties p on p.id = r.property_id,
                               lateral (select r.mailing_street is not null and r.mailing_city is not null
                                           and r.mailing_state is not null and r.mailing_zip is not null
                                           as mailing_whole) m
                         where r.pull_id = ?1 and r.trace_status = 'PENDING' and r.line > ?2 and r.line <= ?3
                         order by r.line limit ?4""")
                .setParameter(1, pullId).setParameter(2, afterLine).setParameter(3, upToLine)
                .setParameter(4, limit).getResultList();
        return rows.stream().map(row -> new Pending(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                (String) row[3], (String) row[4], (String) row[5], (String) row[6], (String) row[7], (String) row[8],
                (String) row[9], (String) row[10], (String) row[11], (String) row[12],
                FieldCiphers.current().open((String) row[13]))).toList();
    }

    /** What the cache holds for an owner: whether the vendor found them, and what. */
    public record Cached(boolean found, ContactsJson.Contacts contacts) {
    }

    /** What the cache holds for these owners, traced within {@code window}. */
    @SuppressWarnings("unchecked")
    public Map<String, Cached> cached(List<String> ownerKeys, Duration window) {
        if (ownerKeys.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                        select owner_key, found, contacts from skip_trace_cache
                         where owner_key = any (cast(?1 as varchar[]))
                           and traced_at > now() - make_interval(secs => ?2)""")
                .setParameter(1, ownerKeys.toArray(String[]::new)).setParameter(2, (double) window.toSeconds())
                .getResultList();
        FieldCipher cipher = FieldCiphers.current();
        Map<String, Cached> found = new HashMap<>();
        rows.forEach(row -> found.put((String) row[0], new Cached((Boolean) row[1],
                ContactsJson.read(cipher.open((String) row[2])))));
        return found;
    }

    /** Applies what was found for one row; {@code from} is VENDOR, CACHE or FILE. */
    public void applyAll(long pullId, List<Applied> results, String from, boolean cacheThem, long costCents,
            Long batchId, int hits) {
        int found = 0;
        FieldCipher cipher = FieldCiphers.current();
        Long[] lines = new Long[results.size()];
        String[] statuses = new String[results.size()];
        String[] sealed = new String[results.size()];
        // an owner with several rows is one entry of the cache (a statement may not change a row twice)
        Map<String, Applied> byOwner = new LinkedHashMap<>();
        Map<String, String> sealedByOwner = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            Applied applied = results.get(i);
            SkipTraceResult result = applied.result();
            found += result.found() ? 1 : 0;
            lines[i] = applied.line();
            statuses[i] = result.found() ? "FOUND" : "NOT_FOUND";
            sealed[i] = cipher.seal(ContactsJson.write(result.phones(), result.emails()));
            byOwner.put(applied.ownerKey(), applied);
            sealedByOwner.put(applied.ownerKey(), sealed[i]);
        }
        // one statement for the rows and one for the cache, whatever the batch's size (not one per row). The batch's
        // line range bounds the rows read: joined on the line alone, the planner hashed every row of the list still
        // pending for each batch, and a million-row list slowed down as it went.
        long firstLine = Arrays.stream(lines).mapToLong(Long::longValue).min().orElse(0);
        long lastLine = Arrays.stream(lines).mapToLong(Long::longValue).max().orElse(0);
        em.createNativeQuery("""
                        update pipeline_rows r set trace_status = a.status, traced_from = ?1, contacts = a.contacts
                          from unnest(cast(?2 as bigint[]), cast(?3 as varchar[]), cast(?4 as text[]))
                               as a(line, status, contacts)
                         where r.pull_id = ?5 and r.line = a.line and r.trace_status = 'PENDING'
                           and r.line between ?6 and ?7""")
                .setParameter(1, from).setParameter(2, lines).setParameter(3, statuses).setParameter(4, sealed)
                .setParameter(5, pullId).setParameter(6, firstLine).setParameter(7, lastLine).executeUpdate();
        if (cacheThem && !byOwner.isEmpty()) {
            em.createNativeQuery("""
                            insert into skip_trace_cache (owner_key, found, contacts, traced_at)
                            select a.owner_key, a.found, a.contacts, now()
                              from unnest(cast(?1 as varchar[]), cast(?2 as boolean[]), cast(?3 as text[]))
                                   as a(owner_key, found, contacts)
                            on conflict (owner_key) do update set found = excluded.found,
                                   contacts = excluded.contacts, traced_at = excluded.traced_at""")
                    .setParameter(1, byOwner.keySet().toArray(String[]::new))
                    .setParameter(2, byOwner.values().stream().map(a -> a.result().found()).toArray(Boolean[]::new))
                    .setParameter(3, byOwner.keySet().stream().map(sealedByOwner::get).toArray(String[]::new))
                    .executeUpdate();
        }
        em.createNativeQuery("""
                        update pipeline_pulls set owners_traced = owners_traced + ?1, owners_found = owners_found + ?2,
                               owners_cached = owners_cached + ?3, trace_cost_cents = trace_cost_cents + ?4,
                               version = version + 1
                         where id = ?5""")
                .setParameter(1, results.size()).setParameter(2, found)
                .setParameter(3, "CACHE".equals(from) ? results.size() : 0).setParameter(4, costCents)
                .setParameter(5, pullId).executeUpdate();
        if (batchId != null) {
            em.createNativeQuery("""
                            update skip_trace_batches set status = 'DONE', hits = ?1, cost_cents = ?2,
                                   finished_at = now() where id = ?3""")
                    .setParameter(1, hits).setParameter(2, costCents).setParameter(3, batchId).executeUpdate();
        }
    }

    /** One row's answer. */
    public record Applied(long line, String ownerKey, SkipTraceResult result) {
    }

    /**
     * The first rows, in line order, that name at most {@code owners} owners: the batch stops before the row of the
     * next owner. A row of an owner already in the batch that comes after the cut waits for the next batch, which
     * answers it from the cache.
     */
    static List<Pending> cutToOwners(List<Pending> rows, long owners) {
        List<Pending> batch = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Pending row : rows) {
            if (!seen.contains(row.ownerKey())) {
                if (seen.size() == owners) {
                    break;
                }
                seen.add(row.ownerKey());
            }
            batch.add(row);
        }
        return batch;
    }

    /** Rows that cannot be traced (no whole address to send): left out, not paid for. */
    public void skipped(long pullId, List<Long> lines) {
        if (!lines.isEmpty()) {
            em.createNativeQuery("update pipeline_rows set trace_status = 'SKIPPED' where pull_id = ?1"
                            + " and line = any (cast(?2 as bigint[])) and trace_status = 'PENDING'")
                    .setParameter(1, pullId).setParameter(2, lines.toArray(Long[]::new)).executeUpdate();
        }
    }

    /**
     * Buys a batch within the month's quota: under the quota's lock (held by this transaction, so concurrent runs
     * book one after the other), the rows are cut to the owners the quota has room for, handed to
     * {@code submit} (one row per owner; the vendor call), and the batch is recorded with the vendor's id. Only a
     * crash between the vendor's answer and this transaction's commit could leave a paid batch unrecorded.
     *
     * @param rows   rows to trace, in line order (an owner may have several)
     * @param submit sends one row per owner to the vendor and returns its batch id
     * @return the recorded batch, or empty when the quota is used up
     */
    public Optional<OpenBatch> submitWithinQuota(long pullId, long quota, List<Pending> rows,
            Function<List<Pending>, String> submit) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, QUOTA_LOCK).getSingleResult();
        long left = quota - hitsThisMonth();
        if (left <= 0) {
            return Optional.empty();
        }
        List<Pending> batch = cutToOwners(rows, left);
        int owners = SkipTracing.firstRowOfEachOwner(batch).size();
        String vendorBatchId = submit.apply(SkipTracing.firstRowOfEachOwner(batch));
        Object[] stored = (Object[]) em.createNativeQuery("""
                        insert into skip_trace_batches (pull_id, vendor_batch_id, first_line, last_line, owners, status)
                        values (?1, ?2, ?3, ?4, ?5, 'SUBMITTED') returning id, submitted_at""")
                .setParameter(1, pullId).setParameter(2, vendorBatchId).setParameter(3, batch.get(0).line())
                .setParameter(4, batch.get(batch.size() - 1).line()).setParameter(5, owners)
                .getSingleResult();
        return Optional.of(new OpenBatch(((Number) stored[0]).longValue(), vendorBatchId, batch.get(0).line(),
                batch.get(batch.size() - 1).line(), NativeTimestamps.instant(stored[1])));
    }

    public void batchFailed(long batchId) {
        em.createNativeQuery("update skip_trace_batches set status = 'FAILED', finished_at = now() where id = ?1")
                .setParameter(1, batchId).executeUpdate();
    }

    /** The pull's batches not yet applied, oldest first. */
    @SuppressWarnings("unchecked")
    public List<OpenBatch> open(long pullId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select id, vendor_batch_id, first_line, last_line, submitted_at from skip_trace_batches
                         where pull_id = ?1 and status = 'SUBMITTED' order by id""")
                .setParameter(1, pullId).getResultList();
        List<OpenBatch> batches = new ArrayList<>();
        rows.forEach(row -> batches.add(new OpenBatch(((Number) row[0]).longValue(), (String) row[1],
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), NativeTimestamps.instant(row[4]))));
        return batches;
    }

    /** The last line any batch of the pull covered: rows up to it are the batches' to answer. */
    public long lastBatchedLine(long pullId) {
        return Optional.ofNullable((Number) em.createNativeQuery(
                        "select max(last_line) from skip_trace_batches where pull_id = ?1 and status <> 'FAILED'")
                .setParameter(1, pullId).getSingleResult()).map(Number::longValue).orElse(0L);
    }

    /** Hits charged this calendar month (UTC), plus what batches still out may charge (their owners). */
    public long hitsThisMonth() {
        return ((Number) em.createNativeQuery("""
                        select coalesce(sum(case when status = 'DONE' then hits else owners end), 0)
                          from skip_trace_batches
                         where status = 'SUBMITTED' or (status = 'DONE'
                           and finished_at >= date_trunc('month', now() at time zone 'UTC') at time zone 'UTC')""")
                .getSingleResult()).longValue();
    }
}
