package org.realtycrm.pipeline.control;

/** A Do-Not-Call list file was loaded in the current transaction. */
public record DncListsChanged(long loadId) {
}
