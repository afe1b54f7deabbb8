package org.realtycrm.campaign.entity;

/** What an email someone sent us was taken as. Stored by name: append, never rename. */
public enum InboundMailKind {
    /** A message: on its lead's timeline (a sender no lead has becomes one), a reply to the campaigns. */
    MESSAGE,
    /** Only "unsubscribe", "remove me" or "stop": the address gets no marketing email again. */
    OPT_OUT,
    /** An out-of-office note, a bounce, a robot's or a list's mail: nobody replied, so nothing is done. */
    AUTOMATIC,
    /** SendGrid scored it above the spam limit: kept, nothing done (a forged sender is likelier there). */
    SPAM,
    /** From our own sending or reply address: a loop, kept, nothing done. */
    OWN,
    /**
     * The From address's domain does not vouch for it (no DKIM signature of it passed, nor SPF for an envelope sender
     * of it): anyone could have written it. Shown on the lead's timeline as such, and nothing else done.
     */
    UNVERIFIED
}
