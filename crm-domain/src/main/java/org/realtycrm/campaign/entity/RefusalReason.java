package org.realtycrm.campaign.entity;

import org.realtycrm.pipeline.entity.SuppressionReason;

/** Why the compliance gate refused a text or call. Stored by name (in a refused text's record): append, never rename. */
public enum RefusalReason {
    /** On the National Do Not Call Registry. */
    FEDERAL_DNC,
    /** The Registry's data for the number's area code is not loaded: what cannot be checked is not called. */
    FEDERAL_NOT_LOADED,
    /** The Registry's data for the number's area code is older than 31 days. */
    FEDERAL_OUTDATED,
    /** On a state's own Do-Not-Call list. */
    STATE_DNC,
    /** Asked us not to contact them (an agent recorded it, or they replied STOP): the company's own list. */
    INTERNAL_DNC,
    /** A known serial TCPA plaintiff. */
    LITIGATOR,
    /** Outside the calling hours in the recipient's local time: it may go at {@code retryAt}. */
    QUIET_HOURS,
    /** The recipient had as many marketing messages in the period as the brokerage allows. */
    FREQUENCY_CAP,
    /** The address unsubscribed, reported our mail as spam, or bounced for good: no marketing email again. */
    EMAIL_OPTED_OUT;

    /** The gate's reason for a Do-Not-Call list's objection. */
    public static RefusalReason of(SuppressionReason suppression) {
        return switch (suppression) {
            case FEDERAL_DNC -> FEDERAL_DNC;
            case FEDERAL_NOT_LOADED -> FEDERAL_NOT_LOADED;
            case FEDERAL_OUTDATED -> FEDERAL_OUTDATED;
            case STATE_DNC -> STATE_DNC;
            case INTERNAL_DNC -> INTERNAL_DNC;
            case LITIGATOR -> LITIGATOR;
            // only a list's scrub meets these: a vendor's flag on its row, a row without a dialable number
            case VENDOR_DNC, INVALID_NUMBER -> throw new IllegalArgumentException(suppression
                    + " is not a registry's answer");
        };
    }
}
