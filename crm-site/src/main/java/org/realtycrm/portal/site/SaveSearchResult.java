package org.realtycrm.portal.site;

import java.util.Map;

/** How saving a search, or the changes to one, went. */
public sealed interface SaveSearchResult {

    /** Saved (201), or changed (200): the account page shows it, as the core has it. */
    record Saved() implements SaveSearchResult {
    }

    /** The core found something wrong with it (its name): what, by field. */
    record Refused(Map<String, String> fieldErrors) implements SaveSearchResult {
    }

    /** The client has as many saved searches as they may (the core's words say how many). */
    record LimitReached(String detail) implements SaveSearchResult {
    }

    /** The search to change is not (or no longer) one of the client's. */
    record NotFound() implements SaveSearchResult {
    }
}
