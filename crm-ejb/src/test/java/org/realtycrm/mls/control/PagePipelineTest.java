package org.realtycrm.mls.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PagePipelineTest {

    private final ExecutorService writers = Executors.newFixedThreadPool(2);
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<Integer> reported = new CopyOnWriteArrayList<>();
    private final PagePipeline pipeline = new PagePipeline(writers, counts -> reported.add(counts.created()));

    @AfterEach
    void stopWriters() {
        writers.shutdownNow();
    }

    @Test
    void theNextPageIsWrittenWhileOneCommitsButCommitsOnlyAfterIt() throws Exception {
        CountDownLatch firstMayCommit = new CountDownLatch(1);

        pipeline.store(Set.of("A"), page(1, firstMayCommit));
        pipeline.store(Set.of("B"), page(2, null));

        awaitEvent("written 2");
        assertThat(events).doesNotContain("committed 1", "committed 2");
        firstMayCommit.countDown();
        pipeline.drain();

        assertThat(events).containsSubsequence("committed 1", "committed 2");
        assertThat(reported).containsExactly(1, 2);
    }

    @Test
    void aPageAfterOneThatFailedRollsBackAndTheFirstFailureIsTheOneReported() throws Exception {
        CountDownLatch firstMayEnd = new CountDownLatch(1);
        IllegalStateException providerFault = new IllegalStateException("the first page broke");

        pipeline.store(Set.of("A"), earlier -> {
            await(firstMayEnd);
            throw providerFault;
        });
        pipeline.store(Set.of("B"), page(2, null));
        awaitEvent("written 2");
        firstMayEnd.countDown();

        assertThatThrownBy(pipeline::drain).isSameAs(providerFault);
        assertThat(events).contains("rolled back 2").doesNotContain("committed 2");
        assertThat(reported).isEmpty();
    }

    @Test
    void pagesThatShareAListingAreNeverWrittenAtOnce() throws Exception {
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        pipeline.store(Set.of("A", "B"), page(1, firstMayCommit));

        Thread reader = new Thread(() -> pipeline.store(Set.of("B", "C"), page(2, null)));
        reader.start();
        awaitWaiting(reader);
        Thread.sleep(100); // room for a wrong pipeline to start the second page
        assertThat(events).containsExactly("written 1");

        firstMayCommit.countDown();
        reader.join(5_000);
        pipeline.drain();
        assertThat(events).containsExactly("written 1", "committed 1", "written 2", "committed 2");
    }

    @Test
    void oneWriterThreadIsEnough() {
        ExecutorService single = Executors.newSingleThreadExecutor();
        try {
            PagePipeline serial = new PagePipeline(single, counts -> reported.add(counts.created()));
            for (int page = 1; page <= 5; page++) {
                serial.store(Set.of("K" + page), page(page, null));
            }
            serial.close();
            assertThat(reported).containsExactly(1, 2, 3, 4, 5);
        } finally {
            single.shutdownNow();
        }
    }

    /** A page's write: its listings, then (once allowed) the wait for the earlier page, then its commit. */
    private Function<ListingStore.EarlierPages, ListingStore.PageCounts> page(int number, CountDownLatch mayCommit) {
        return earlier -> {
            events.add("written " + number);
            if (mayCommit != null) {
                await(mayCommit);
            }
            try {
                earlier.awaitCommitted();
            } catch (PagePipeline.EarlierPageFailedException e) {
                events.add("rolled back " + number);
                throw e;
            }
            events.add("committed " + number);
            return new ListingStore.PageCounts(number, 0, 0, List.of());
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the page");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitEvent(String event) throws InterruptedException {
        for (int i = 0; i < 500 && !events.contains(event); i++) {
            Thread.sleep(10);
        }
        assertThat(events).contains(event);
    }

    private static void awaitWaiting(Thread thread) throws InterruptedException {
        for (int i = 0; i < 500 && thread.getState() != Thread.State.WAITING; i++) {
            Thread.sleep(10);
        }
        assertThat(thread.getState()).isEqualTo(Thread.State.WAITING);
    }
}
