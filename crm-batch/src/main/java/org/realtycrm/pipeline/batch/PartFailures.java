package org.realtycrm.pipeline.batch;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import org.realtycrm.platform.problem.RootCause;

/**
 * Why a part of a partitioned step failed, handed from the part's thread to the run's. The batch runtime tells the
 * step's own listener only that "one or more partitions failed"; the part that failed knows why, so its mapper,
 * reader, writer or its copy of the step's listener leaves the reason here, and {@link PullRunListener} records it
 * as the list's once every part has ended. The parts run in the run's server, so memory is where they meet; the
 * first reason of a run is kept.
 */
@ApplicationScoped
public class PartFailures {

    private final Map<Long, String> firstReasons = new ConcurrentHashMap<>();

    /** Why a part of the pull's step {@code step} failed, in the words a list's stop is given ("parse: ..."). */
    public void record(long pullId, String step, Throwable failure) {
        firstReasons.putIfAbsent(pullId, step + ": " + RootCause.message(failure));
    }

    /** The first reason a part of the pull's run gave, forgotten once taken. */
    public Optional<String> take(long pullId) {
        return Optional.ofNullable(firstReasons.remove(pullId));
    }
}
