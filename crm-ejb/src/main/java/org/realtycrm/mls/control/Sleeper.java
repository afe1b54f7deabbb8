package org.realtycrm.mls.control;

import java.time.Duration;

/** Waits. The adapter's pacing and back-off wait through this, so tests can wait on a fake clock instead. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
