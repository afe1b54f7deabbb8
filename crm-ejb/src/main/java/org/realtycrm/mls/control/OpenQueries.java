package org.realtycrm.mls.control;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The RETS queries a feed is reading, each by the URL of its next page (the nextLink a page hands its caller): RETS
 * has no server-side cursor, so where a query stands (its Offset, the highest record so far) is kept here until the
 * caller asks for that page. Only the latest few are kept; a caller that comes back to an older page starts again
 * from its cursor.
 *
 * @param <Q> where a query stands
 */
final class OpenQueries<Q> {

    private static final int KEPT = 8;

    private final Map<URI, Q> byNextPage = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<URI, Q> eldest) {
            return size() > KEPT;
        }
    };

    synchronized void put(URI nextPage, Q query) {
        byNextPage.put(nextPage, query);
    }

    /** Takes the query a page's nextLink continues; a page is continued once. */
    synchronized Q take(boolean hasMore, Optional<URI> nextLink) {
        if (!hasMore || nextLink.isEmpty()) {
            throw new IllegalStateException("the feed said no page follows this one");
        }
        Q open = byNextPage.remove(nextLink.get());
        if (open == null) {
            throw new IllegalStateException("not the latest page of a query this feed is reading: start again from "
                    + "its cursor");
        }
        return open;
    }
}
