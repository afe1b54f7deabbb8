package org.realtycrm.campaign.entity;

/** Where a text in the outbox stands. Stored by name: append, never rename. */
public enum TextStatus {
    /**
     * Kept only: the outbox provider records texts and sends nothing. For a sending provider, the moment between
     * recording a text and the provider's answer (a text left so by a crash was perhaps sent).
     */
    RECORDED,
    /** The provider accepted it, with its message SID. */
    SENT,
    /** The provider refused it or could not be reached, with its error; some failures may be tried again. */
    FAILED,
    /** The compliance gate refused it, with every reason: no provider ever saw it. */
    REFUSED
}
