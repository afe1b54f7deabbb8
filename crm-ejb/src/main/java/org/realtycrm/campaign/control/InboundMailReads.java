package org.realtycrm.campaign.control;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.platform.problem.BusyException;

/**
 * How many of SendGrid's Inbound Parse posts this server reads and takes in at once ({@link
 * MailSettings#INBOUND_CONCURRENT_READS}): each is held in memory whole, up to 32 MiB, so a burst of them (or of
 * requests made to look like them) must not take all the heap. One more waits {@link #WAIT} for a turn, then is
 * answered busy; SendGrid posts it again later, as it does after any answer other than 2xx.
 */
@ApplicationScoped
public class InboundMailReads {

    /** How long a post waits for a turn before it is answered busy. */
    public static final Duration WAIT = Duration.ofSeconds(2);
    /** What the busy answer's {@code Retry-After} says. */
    public static final long RETRY_AFTER_SECONDS = 30;

    private static final Logger LOG = Logger.getLogger(InboundMailReads.class.getName());

    @Inject
    @ConfigProperty(name = MailSettings.INBOUND_CONCURRENT_READS, defaultValue = "4")
    int concurrentReads;

    Duration wait = WAIT;

    private Semaphore turns;

    /** One post's turn: closing it lets the next one in. */
    @FunctionalInterface
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    @PostConstruct
    void create() {
        if (concurrentReads < 1) {
            LOG.warning(() -> MailSettings.INBOUND_CONCURRENT_READS + " is " + concurrentReads
                    + ": at least 1 is needed to take in any email, so 1 it is");
        }
        turns = new Semaphore(Math.max(1, concurrentReads), true);
    }

    /**
     * A turn to read and take in one post, to be closed when done.
     *
     * @throws BusyException when no turn came free within {@link #WAIT}
     */
    public Turn await() {
        boolean acquired;
        try {
            acquired = turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new BusyException("this server is taking in as many emails as it reads at once ("
                    + Math.max(1, concurrentReads) + "): post again later", RETRY_AFTER_SECONDS);
        }
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                turns.release(); // once, however often it is closed
            }
        };
    }
}
