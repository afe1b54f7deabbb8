package org.realtycrm.pipeline.entity;

/** Why a number may not be called or texted. Stored by name: append, never rename. */
public enum SuppressionReason {
    /** On the National Do Not Call Registry. */
    FEDERAL_DNC,
    /** The registry holds no data for the number's area code: we may not call what we cannot check. */
    FEDERAL_NOT_LOADED,
    /** The registry data for the number's area code is older than 31 days. */
    FEDERAL_OUTDATED,
    /** On a state's own Do-Not-Call list. */
    STATE_DNC,
    /** Asked us not to contact them (the company's own list, which overrides any relationship). */
    INTERNAL_DNC,
    /** A known serial TCPA plaintiff. */
    LITIGATOR,
    /** Not a phone number we can dial (the row is rejected, not scrubbed). */
    INVALID_NUMBER,
    /** The skip-trace vendor flagged it Do-Not-Call (suppressed even where our own registry lacks it). */
    VENDOR_DNC
}
