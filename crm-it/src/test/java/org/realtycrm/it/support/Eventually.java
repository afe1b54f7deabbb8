package org.realtycrm.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waiting for what the server does in the background (a timer's tick, a queue's consumer): the probe is asked every
 * {@link #POLL} until its answer is the one waited for, and the test fails, saying what it waited for and what it last
 * saw, when it is not by the deadline.
 */
public final class Eventually {

    public static final Duration POLL = Duration.ofMillis(200);
    public static final Duration DEFAULT = Duration.ofSeconds(45);

    private Eventually() {
    }

    /** The probe's first answer that {@code done} accepts, within {@link #DEFAULT}. */
    public static <T> T await(String what, Supplier<T> probe, Predicate<? super T> done) {
        return await(what, DEFAULT, probe, done);
    }

    public static <T> T await(String what, Duration timeout, Supplier<T> probe, Predicate<? super T> done) {
        Instant deadline = Instant.now().plus(timeout);
        T last = probe.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; last saw: " + last);
            }
            pause(POLL);
            last = probe.get();
        }
        return last;
    }

    /** Waits until the condition holds. */
    public static void until(String what, Duration timeout, java.util.function.BooleanSupplier condition) {
        await(what, timeout, condition::getAsBoolean, Boolean::booleanValue);
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
