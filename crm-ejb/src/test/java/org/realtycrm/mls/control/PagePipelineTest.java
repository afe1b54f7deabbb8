package org.realtycrm.mls.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PagePipelineTest {

    private final ExecutorService writers = Executors.newFixedThreadPool(2);
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<Integer> reported = new CopyOnWriteArrayList<>();
    private final PagePipeline pipeline = pipeline(writers);

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
    void whenTheLaterPageFailsTheEarlierOneIsStillCommittedAndReported() {
        IllegalStateException brokenPage = new IllegalStateException("the second page broke");
        pipeline.store(Set.of("A"), page(1, null));
        pipeline.store(Set.of("B"), earlier -> {
            earlier.awaitCommitted();
            throw brokenPage;
        });

        assertThatThrownBy(pipeline::drain).isSameAs(brokenPage);
        assertThat(reported).containsExactly(1);
    }

    @Test
    void afterAPageFailedTheNextIsNotWrittenForNothing() {
        IllegalStateException brokenPage = new IllegalStateException("the first page broke");
        pipeline.store(Set.of("A"), earlier -> {
            throw brokenPage;
        });
        awaitFailed();

        assertThatThrownBy(() -> pipeline.store(Set.of("B"), page(2, null))).isSameAs(brokenPage);
        assertThat(events).doesNotContain("written 2");
    }

    @Test
    void pagesThatShareAListingAreNeverWrittenAtOnce() throws Exception {
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        pipeline.store(Set.of("A", "B"), page(1, firstMayCommit));

        AtomicReference<Throwable> readerFailed = new AtomicReference<>();
        Thread reader = new Thread(() -> pipeline.store(Set.of("B", "C"), page(2, null)));
        reader.setUncaughtExceptionHandler((thread, e) -> readerFailed.set(e));
        reader.start();
        // a pipeline that let the second page go would have finished handing it over, and the reader with it
        awaitWaiting(reader);
        assertThat(events).containsExactly("written 1");

        firstMayCommit.countDown();
        reader.join(5_000);
        pipeline.drain();
        assertThat(readerFailed.get()).isNull();
        assertThat(events).containsExactly("written 1", "committed 1", "written 2", "committed 2");
    }

    @Test
    void aPageWaitsOnlyForOneThatHasStartedWhateverOrderTheExecutorRunsTasksIn() throws Exception {
        // one thread, taking the newest task first: a page handed over before the one it waits for had started
        // would take the thread and wait for ever for the page queued behind it
        ThreadPoolExecutor newestFirst = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingDeque<>() {
            @Override
            public boolean offer(Runnable task) {
                return offerFirst(task);
            }
        });
        try {
            CountDownLatch busy = new CountDownLatch(1);
            newestFirst.execute(() -> await(busy)); // another feed's page holds the only thread for now
            PagePipeline shared = pipeline(newestFirst);
            Thread reader = new Thread(() -> {
                for (int page = 1; page <= 4; page++) {
                    shared.store(Set.of("K" + page), page(page, null));
                }
                shared.close();
            });
            reader.start();
            Thread.sleep(50);
            busy.countDown();
            reader.join(10_000);

            assertThat(reader.isAlive()).as("the pages were stored, no writer waits for ever").isFalse();
            assertThat(reported).containsExactly(1, 2, 3, 4);
        } finally {
            newestFirst.shutdownNow();
        }
    }

    @Test
    void aPageThatNeverCommitsFailsTheSyncAfterThePatience() {
        PagePipeline impatient = new PagePipeline(writers, Duration.ofMillis(200), counts -> reported.add(1));
        CountDownLatch never = new CountDownLatch(1);
        impatient.store(Set.of("A"), page(1, never));

        assertThatThrownBy(impatient::drain).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not commit within PT0.2S");
        never.countDown();
    }

    private PagePipeline pipeline(Executor executor) {
        return new PagePipeline(executor, Duration.ofSeconds(10), counts -> reported.add(counts.created()));
    }

    private void awaitFailed() {
        for (int i = 0; i < 500 && !pipelineFailedOnce(); i++) {
            sleep(10);
        }
    }

    private boolean pipelineFailedOnce() {
        return ((ThreadPoolExecutor) writers).getCompletedTaskCount() >= 1;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
        for (int i = 0; i < 500 && !isWaiting(thread); i++) {
            Thread.sleep(10);
        }
        assertThat(isWaiting(thread)).as("the reader waits, in state %s", thread.getState()).isTrue();
    }

    private static boolean isWaiting(Thread thread) {
        return thread.getState() == Thread.State.WAITING || thread.getState() == Thread.State.TIMED_WAITING;
    }
}
