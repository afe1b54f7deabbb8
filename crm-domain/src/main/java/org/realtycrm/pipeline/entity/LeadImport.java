package org.realtycrm.pipeline.entity;

/** Which rows of a source's lists become leads. Stored by name: append, never rename. */
public enum LeadImport {
    /** Every owner with a phone or an email (investors working a list by phone). */
    ALL,
    /** Only the owners who responded to the list's marketing (mail, audiences): the others stay rows. */
    RESPONDERS
}
