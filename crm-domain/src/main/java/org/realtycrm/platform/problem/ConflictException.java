package org.realtycrm.platform.problem;

/** The request is well-formed but collides with the current state (a duplicate, a stale version). */
public class ConflictException extends CrmException {

    public ConflictException(String message) {
        super(message);
    }
}
