package org.realtycrm.platform.problem;

/**
 * The server is already doing as much of this as it takes on at once (503); the caller tries again after
 * {@link #retryAfterSeconds()} (the answer's {@code Retry-After}).
 */
public class BusyException extends CrmException {

    private final long retryAfterSeconds;

    public BusyException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
