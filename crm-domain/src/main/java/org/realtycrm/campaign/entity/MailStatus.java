package org.realtycrm.campaign.entity;

/** Where a message in the outbox stands. */
public enum MailStatus {
    /**
     * Kept only: the outbox provider records messages and sends nothing. For a sending provider, the moment between
     * recording a message and the provider's answer (a message left so by a crash was perhaps sent).
     */
    RECORDED,
    /** The provider accepted it, with its message id. */
    SENT,
    /** The provider refused it or could not be reached, with its error; some failures may be tried again. */
    FAILED
}
