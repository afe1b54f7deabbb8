package org.realtycrm.mls.control;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One page of changed listings.
 *
 * @param records  in (ModificationTimestamp, ListingKey) order
 * @param cursor   after the last record of this page (the cursor asked with, when the page is empty): store it once
 *                 the page is applied. RETS: the cursor its window started from until the window's last page, which
 *                 carries the highest record delivered so far (see {@link ListingFeed})
 * @param nextLink the URL of the next page, when the feed pages by URL: the server's {@code @odata.nextLink} (RESO),
 *                 or the same Search at the next {@code Offset} (RETS)
 * @param hasMore  whether {@link ListingFeed#next} may find more: the server gave a nextLink, or (without one) the
 *                 page was full. Stopping early loses nothing, the cursor resumes where this page ended
 */
public record ListingPage(List<ListingRecord> records, ReplicationCursor cursor, Optional<URI> nextLink,
                          boolean hasMore) {

    public ListingPage {
        records = List.copyOf(records);
    }
}
