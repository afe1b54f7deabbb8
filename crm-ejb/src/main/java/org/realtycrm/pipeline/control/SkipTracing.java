package org.realtycrm.pipeline.control;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.realtycrm.pipeline.entity.ContactsJson;
import org.realtycrm.pipeline.entity.PostalAddress;
import org.realtycrm.pipeline.entity.SkipTraceRequest;
import org.realtycrm.pipeline.entity.SkipTraceResult;
import org.realtycrm.pipeline.entity.TraceWith;

/**
 * The skip-trace step of a pull. A source whose lists come traced already ({@link TraceWith#FILE}) has each row's
 * phones and emails read from the file's own columns. A source that traces with the vendor
 * ({@code crm.pipeline.skip-trace.vendor=tracerfy}; {@code none}, the default, has none) has its owners traced in
 * the vendor's batches, and the money is guarded: an owner
 * traced within the cache window ({@code crm.pipeline.skip-trace.cache-days}) is answered from the cache and not
 * paid for again; an owner of several properties in the list is traced once for all of them; a batch is only
 * submitted while the month's hits (and what batches still out may cost) stay within
 * {@code crm.pipeline.skip-trace.monthly-quota}, checked and booked under one lock for all runs, else the step stops
 * and says so (an administrator raises the quota and restarts the run); each batch is recorded as soon as the vendor
 * takes it, so a restart polls it instead of buying it twice. Each batch's hits and cost
 * ({@code cost-per-hit-cents}) are kept on the pull.
 */
@ApplicationScoped
public class SkipTracing {

    private static final Logger LOG = Logger.getLogger(SkipTracing.class.getName());
    private static final String PREFIX = "crm.pipeline.skip-trace.";
    /** Rows applied per transaction when the file carries the contacts. */
    private static final int FILE_PAGE = 1000;

    @Inject
    TraceLedger ledger;

    @Inject
    Config config;

    /** Pauses between polls; tests replace it. */
    Sleeper sleeper = duration -> Thread.sleep(duration.toMillis());

    /** How the step waits between polls. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public void trace(long pullId, TraceWith traceWith) throws InterruptedException {
        if (traceWith == TraceWith.FILE) {
            fromFile(pullId);
        } else {
            fromVendor(pullId, vendor().orElseThrow(() -> SkipTraceException.notRetryable("the source traces with"
                    + " the vendor, but none is configured (" + PREFIX + "vendor): configure one, or set the source"
                    + " to trace from the file, then restart the run", 0, null)));
        }
    }

    private void fromFile(long pullId) {
        long after = 0;
        for (List<TraceLedger.Pending> page = ledger.pending(pullId, after, Long.MAX_VALUE, FILE_PAGE);
                !page.isEmpty(); page = ledger.pending(pullId, after, Long.MAX_VALUE, FILE_PAGE)) {
            List<TraceLedger.Applied> applied = new ArrayList<>();
            for (TraceLedger.Pending row : page) {
                applied.add(new TraceLedger.Applied(row.line(), row.ownerKey(),
                        SkippedListRows.fromRow(Long.toString(row.line()), ContactsJson.readColumns(row.extra()))));
            }
            ledger.applyAll(pullId, applied, "FILE", false, 0, null, 0);
            after = page.get(page.size() - 1).line();
        }
    }

    private void fromVendor(long pullId, SkipTracer vendor) throws InterruptedException {
        for (TraceLedger.OpenBatch open : ledger.open(pullId)) {
            finish(pullId, vendor, open);
        }
        Duration window = Duration.ofDays(setting("cache-days", 90));
        long quota = setting("monthly-quota", 10_000);
        while (true) {
            long after = ledger.lastBatchedLine(pullId);
            List<TraceLedger.Pending> rows = ledger.pending(pullId, after, Long.MAX_VALUE, vendor.maxBatchSize());
            if (rows.isEmpty()) {
                return;
            }
            Map<String, TraceLedger.Cached> cached = ledger.cached(
                    rows.stream().map(TraceLedger.Pending::ownerKey).distinct().toList(), window);
            List<TraceLedger.Applied> fromCache = new ArrayList<>();
            List<TraceLedger.Pending> toBuy = new ArrayList<>();
            List<Long> unaddressed = new ArrayList<>();
            for (TraceLedger.Pending row : rows) {
                TraceLedger.Cached hit = cached.get(row.ownerKey());
                if (request(row).isEmpty()) {
                    unaddressed.add(row.line());
                } else if (hit != null) {
                    fromCache.add(new TraceLedger.Applied(row.line(), row.ownerKey(), cachedResult(row.line(), hit)));
                } else {
                    toBuy.add(row);
                }
            }
            ledger.skipped(pullId, unaddressed);
            if (!fromCache.isEmpty()) {
                ledger.applyAll(pullId, fromCache, "CACHE", false, 0, null, 0);
            }
            if (toBuy.isEmpty()) {
                continue;
            }
            TraceLedger.OpenBatch batch = ledger.submitWithinQuota(pullId, quota, toBuy,
                    owners -> vendor.submit(requests(owners)))
                    .orElseThrow(() -> SkipTraceException.notRetryable("the month's skip-trace quota of " + quota
                            + " hits is used up: raise " + PREFIX + "monthly-quota or wait for the next month, then"
                            + " restart the run", 0, null));
            finish(pullId, vendor, batch);
        }
    }

    /**
     * Polls a submitted batch until it is done, then applies each owner's answer to all of its rows, caches it and
     * books the batch's cost. A batch the vendor does not list yet is given {@code missing-grace-minutes} from its
     * submission to appear (a queue list can lag a submit) before it counts as failed.
     */
    private void finish(long pullId, SkipTracer vendor, TraceLedger.OpenBatch batch) throws InterruptedException {
        List<TraceLedger.Pending> rows = ledger.pending(pullId, batch.firstLine() - 1, batch.lastLine(),
                Integer.MAX_VALUE);
        Duration pause = Duration.ofSeconds(setting("poll-seconds", 30));
        long maxWait = setting("max-wait-minutes", 24 * 60);
        Instant graceEnds = batch.submittedAt().plus(Duration.ofMinutes(setting("missing-grace-minutes", 10)));
        long deadline = System.nanoTime() + Duration.ofMinutes(maxWait).toNanos();
        BatchProgress progress = vendor.poll(batch.vendorBatchId());
        while (!progress.finished()
                || progress.state() == BatchProgress.State.FAILED && Instant.now().isBefore(graceEnds)) {
            if (System.nanoTime() > deadline) {
                throw SkipTraceException.retryable("skip-trace batch " + batch.vendorBatchId() + " is not done after "
                        + maxWait + " minutes: restart the run to wait on", 0, null, null);
            }
            sleeper.sleep(pause);
            progress = vendor.poll(batch.vendorBatchId());
        }
        if (progress.state() == BatchProgress.State.FAILED) {
            ledger.batchFailed(batch.id());
            throw SkipTraceException.notRetryable("skip-trace batch " + batch.vendorBatchId() + " failed at the "
                    + "vendor: " + progress.failure().orElse("no reason given") + "; restart the run to submit it "
                    + "again", 0, null);
        }
        List<TraceLedger.Pending> owners = firstRowOfEachOwner(rows);
        List<SkipTraceResult> results = vendor.results(batch.vendorBatchId(), requests(owners));
        Map<String, SkipTraceResult> byOwner = new HashMap<>();
        for (int i = 0; i < owners.size(); i++) {
            byOwner.put(owners.get(i).ownerKey(), results.get(i));
        }
        List<TraceLedger.Applied> applied = rows.stream()
                .map(row -> new TraceLedger.Applied(row.line(), row.ownerKey(), byOwner.get(row.ownerKey())))
                .toList();
        int hits = (int) results.stream().filter(SkipTraceResult::found).count();
        long cost = hits * setting("cost-per-hit-cents", 0);
        ledger.applyAll(pullId, applied, "VENDOR", true, cost, batch.id(), hits);
        LOG.log(Level.INFO, "Skip-trace batch {0} of pull {1}: {2} owners, {3} hits",
                new Object[] {batch.vendorBatchId(), String.valueOf(pullId), owners.size(), hits});
    }

    /** One row per owner, in line order: an owner of several properties in a list is traced (and paid) once. */
    static List<TraceLedger.Pending> firstRowOfEachOwner(List<TraceLedger.Pending> rows) {
        Map<String, TraceLedger.Pending> first = new LinkedHashMap<>();
        rows.forEach(row -> first.putIfAbsent(row.ownerKey(), row));
        return List.copyOf(first.values());
    }

    private static List<SkipTraceRequest> requests(List<TraceLedger.Pending> owners) {
        return owners.stream().map(row -> request(row).orElseThrow()).toList();
    }

    /** The vendor's request for a row; empty when the row has no whole address to send (it is skipped). */
    private static Optional<SkipTraceRequest> request(TraceLedger.Pending row) {
        if (row.street() == null || row.city() == null || row.state() == null || row.zip() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(wholeRequest(row));
        } catch (IllegalArgumentException unusable) {
            return Optional.empty(); // a name or address the vendor's request cannot carry (too long, say)
        }
    }

    private static SkipTraceRequest wholeRequest(TraceLedger.Pending row) {
        PostalAddress mailing = new PostalAddress(row.street(), row.city(), row.state(), row.zip());
        String id = Long.toString(row.line());
        SkipTraceRequest request = row.lastName() != null
                ? SkipTraceRequest.person(id, row.firstName(), row.lastName(), mailing)
                : SkipTraceRequest.named(id, row.ownerName(), mailing);
        boolean propertyWhole = row.propertyStreet() != null && row.propertyCity() != null
                && row.propertyState() != null && row.propertyZip() != null;
        return propertyWhole ? request.withProperty(new PostalAddress(row.propertyStreet(), row.propertyCity(),
                row.propertyState(), row.propertyZip())) : request;
    }

    private static SkipTraceResult cachedResult(long line, TraceLedger.Cached cached) {
        return cached.found()
                ? SkipTraceResult.of(Long.toString(line), cached.contacts().phones(), cached.contacts().emails())
                : SkipTraceResult.notFound(Long.toString(line));
    }

    private Optional<SkipTracer> vendor() {
        String name = config.getOptionalValue(PREFIX + "vendor", String.class).orElse("none");
        if ("none".equalsIgnoreCase(name)) {
            return Optional.empty();
        }
        if (!"tracerfy".equalsIgnoreCase(name)) {
            throw SkipTraceException.notRetryable(PREFIX + "vendor must be none or tracerfy, not " + name, 0, null);
        }
        String key = config.getOptionalValue(PREFIX + "tracerfy.api-key", String.class)
                .orElseThrow(() -> SkipTraceException.notRetryable("the configuration has no " + PREFIX
                        + "tracerfy.api-key (set it with asadmin create-password-alias)", 0, null));
        URI base = config.getOptionalValue(PREFIX + "tracerfy.base-url", String.class).map(URI::create)
                .orElse(TracerfySettings.DEFAULT_BASE_URL);
        return Optional.of(TracerfySkipTracer.of(new TracerfySettings(base, key, TracerfySettings.DEFAULT_TIMEOUT,
                TracerfySettings.DEFAULT_MAX_BATCH_SIZE)));
    }

    private long setting(String name, long fallback) {
        return config.getOptionalValue(PREFIX + name, Long.class).orElse(fallback);
    }
}
