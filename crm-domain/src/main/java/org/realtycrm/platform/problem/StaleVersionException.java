package org.realtycrm.platform.problem;

/** Someone else changed the record since the caller read it; the caller must re-read and re-apply. */
public class StaleVersionException extends ConflictException {

    public StaleVersionException(String what, Object id, long expected, long actual) {
        super(what + " " + id + " was changed by someone else (your version " + expected + ", current version "
                + actual + "): reload it and apply your change again");
    }
}
