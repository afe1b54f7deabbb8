package org.realtycrm.pipeline.control;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a vendor is with a skip-trace batch, as far as it says: the state, the number of records it counts and how
 * many it has processed (each only when the vendor gives it), and why a failed batch failed.
 */
public record BatchProgress(State state, OptionalInt total, OptionalInt processed, Optional<String> failure) {

    public enum State {
        /** Accepted, not started (or the vendor does not tell queued from running). */
        PENDING,
        RUNNING,
        /** Finished: {@link SkipTracer#results} may be asked. */
        DONE,
        /** Finished without results; {@link #failure()} says why. */
        FAILED
    }

    public BatchProgress {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(processed, "processed");
        Objects.requireNonNull(failure, "failure");
        if (total.orElse(0) < 0 || processed.orElse(0) < 0) {
            throw new IllegalArgumentException("record counts cannot be negative");
        }
        if (total.isPresent() && processed.isPresent() && processed.getAsInt() > total.getAsInt()) {
            throw new IllegalArgumentException("a batch cannot have processed more records than it holds");
        }
        if ((state == State.FAILED) != failure.isPresent()) {
            throw new IllegalArgumentException("a failure message belongs to a FAILED batch, and to it only");
        }
        if (failure.isPresent() && failure.get().isBlank()) {
            throw new IllegalArgumentException("a failed batch needs a message saying why");
        }
    }

    public static BatchProgress pending(OptionalInt total) {
        return new BatchProgress(State.PENDING, total, OptionalInt.empty(), Optional.empty());
    }

    public static BatchProgress running(OptionalInt total, OptionalInt processed) {
        return new BatchProgress(State.RUNNING, total, processed, Optional.empty());
    }

    /** @param total the records the vendor counts, which are all processed */
    public static BatchProgress done(OptionalInt total) {
        return new BatchProgress(State.DONE, total, total, Optional.empty());
    }

    public static BatchProgress failed(String why) {
        return new BatchProgress(State.FAILED, OptionalInt.empty(), OptionalInt.empty(), Optional.of(why));
    }

    /** DONE or FAILED: polling again changes nothing. */
    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }
}
