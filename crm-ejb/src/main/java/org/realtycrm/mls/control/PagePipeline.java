package org.realtycrm.mls.control;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Stores a sync's pages two at a time, each in its own transaction on its own connection, and commits them in the
 * order they were read. A first load is bound by PostgreSQL's inserts (a page of 1,000 listings and their 10,000
 * Media records keeps one backend busy for about half a second); two pages written at once keep two busy.
 *
 * <p>Each page writes its listings, then waits for the page before it to commit before it moves the cursor and
 * commits itself ({@link ListingStore.EarlierPages}). What that guarantees:
 * <ul>
 *   <li>the cursor never passes a page that is not committed, so a crash still leaves the feed at a page boundary
 *       it has fully applied;</li>
 *   <li>a page whose predecessor failed rolls back, and the sync fails with the predecessor's reason;</li>
 *   <li>two pages that share a listing (it changed while the feed was read, so it comes again further on) are never
 *       written at once: the later one starts after the earlier has committed, and reads it.</li>
 * </ul>
 *
 * <p>No writer waits for a task that is still queued: a page is handed over only once the page before it has
 * started, and that one's own predecessor has committed. Any number of feeds can share the writers' pool, of any size.
 */
final class PagePipeline implements AutoCloseable {

    /** Pages written at once: one committing, one being written. */
    static final int IN_FLIGHT = 2;

    private final Executor writers;
    private final Duration patience;
    private final Consumer<ListingStore.PageCounts> afterCommit;
    private final Deque<InFlight> inFlight = new ArrayDeque<>();

    /**
     * @param writers     the threads that write the pages (each page's transaction is its own)
     * @param patience    the longest wait for a page to start or to commit: past it (a writer stuck, or a task the
     *                    executor dropped while the application stopped) the sync fails rather than hang
     * @param afterCommit called on this thread for every committed page, in order
     */
    PagePipeline(Executor writers, Duration patience, Consumer<ListingStore.PageCounts> afterCommit) {
        this.writers = writers;
        this.patience = patience;
        this.afterCommit = afterCommit;
    }

    /**
     * Hands a page to a writer, once there is room and no page in flight shares one of its listings.
     *
     * @param keys  the page's ListingKeys
     * @param write stores the page, waiting on the given earlier pages before it commits
     * @throws RuntimeException what stopped an earlier page, which ends the pipeline
     */
    void store(Set<String> keys, Function<ListingStore.EarlierPages, ListingStore.PageCounts> write) {
        while (inFlight.size() >= IN_FLIGHT) {
            completeOldest();
        }
        if (inFlight.stream().anyMatch(page -> sharesListing(page.keys(), keys)
                || page.committed().isCompletedExceptionally())) {
            drain(); // a page that failed ends the pipeline before another is written for nothing
        }
        CompletableFuture<?> previous = inFlight.isEmpty() ? CompletableFuture.completedFuture(null)
                : inFlight.getLast().committed();
        CompletableFuture<Void> started = new CompletableFuture<>();
        CompletableFuture<ListingStore.PageCounts> committed = CompletableFuture.supplyAsync(() -> {
            started.complete(null);
            return write.apply(() -> awaitCommitted(previous));
        }, writers);
        inFlight.addLast(new InFlight(keys, committed));
        await(started, "start");
    }

    /** Waits until every page handed over has committed (or the first that failed has). */
    void drain() {
        while (!inFlight.isEmpty()) {
            completeOldest();
        }
    }

    /** Waits for the pages still in flight: those that can commit do, and are reported. */
    @Override
    public void close() {
        drain();
    }

    private void completeOldest() {
        InFlight oldest = inFlight.removeFirst();
        ListingStore.PageCounts counts;
        try {
            counts = await(oldest.committed(), "commit");
        } catch (RuntimeException e) {
            abandonRest();
            throw e;
        }
        afterCommit.accept(counts);
    }

    /** After a failed page, the later ones roll back on their own; this waits until they have. */
    private void abandonRest() {
        while (!inFlight.isEmpty()) {
            try {
                await(inFlight.removeFirst().committed(), "roll back");
            } catch (RuntimeException expected) {
                // it followed the failed page, so it failed too; the first failure is the one reported
            }
        }
    }

    private void awaitCommitted(CompletableFuture<?> previous) {
        try {
            await(previous, "commit");
        } catch (RuntimeException e) {
            throw new EarlierPageFailedException(e);
        }
    }

    /**
     * What the page's future gives, waiting at most {@link #patience} and giving way to an interrupt (the server
     * stopping); what the page threw is thrown as it was.
     */
    private <T> T await(CompletableFuture<T> page, String what) {
        try {
            return page.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new CompletionException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("a page did not " + what + " within " + patience, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a page was to " + what + " (the server is stopping)", e);
        }
    }

    private static boolean sharesListing(Set<String> some, Collection<String> others) {
        return others.stream().anyMatch(some::contains);
    }

    private record InFlight(Set<String> keys, CompletableFuture<ListingStore.PageCounts> committed) {
    }

    /** This page was written after one that failed to store; it rolls back with it. */
    static final class EarlierPageFailedException extends RuntimeException {
        EarlierPageFailedException(RuntimeException cause) {
            super("the page before this one was not stored", cause);
        }
    }
}
