package org.realtycrm.portal.entity;

import java.time.Duration;

/** What an emailed link does, and how long it may be opened. */
public enum LinkPurpose {
    /** Confirms the address someone signed up with. */
    VERIFY(Duration.ofHours(48)),
    /** Accepts an agent's invitation: the client chooses a password, which confirms the address too. */
    INVITE(Duration.ofDays(14)),
    /** A forgotten password: the client chooses a new one. Short, since it opens an account already in use. */
    RESET(Duration.ofHours(2));

    private final Duration lifetime;

    LinkPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
