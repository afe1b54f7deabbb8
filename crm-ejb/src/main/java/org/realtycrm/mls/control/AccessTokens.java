package org.realtycrm.mls.control;

import java.util.Optional;

/** Where the feed's bearer tokens come from. Kept apart from the client that uses them. */
public interface AccessTokens {

    /** A token to send now. */
    String current();

    /**
     * The API refused {@code rejected} with 401: a new token to retry with once, or empty when there is no other
     * (a static token).
     */
    Optional<String> renewed(String rejected);
}
