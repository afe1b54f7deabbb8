package org.realtycrm.lead.entity;

/**
 * A row of an import file that did not become a lead: the physical line it starts on, whether it was invalid or
 * a duplicate, why, and the row as it was read.
 */
public record ImportReject(long line, Kind kind, String reason, String original) {

    public enum Kind {
        INVALID,
        DUPLICATE
    }
}
