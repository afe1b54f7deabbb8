package org.realtycrm.pipeline.entity;

/** A list row the pipeline cannot use, with the reason a person reads in the pull's rejects. */
public class RowRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RowRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
