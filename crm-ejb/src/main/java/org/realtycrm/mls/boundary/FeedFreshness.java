package org.realtycrm.mls.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.mls.entity.FeedRepository;
import org.realtycrm.mls.entity.SyncRunRepository;

/**
 * How current each feed is, for the health page and the metrics, which answer without sign-in (as /health and
 * /metrics do): names and times only, nothing of the feeds' settings.
 */
@Stateless
@PermitAll
public class FeedFreshness {

    @Inject
    FeedRepository feeds;

    @Inject
    SyncRunRepository runs;

    public List<FeedLag> all() {
        Instant now = Instant.now();
        // one read for every feed's last success: the health page asks on every probe
        Map<Long, Instant> lastSucceeded = runs.lastSucceededByFeed();
        return feeds.all().stream().map(feed -> {
            Instant last = lastSucceeded.get(feed.getId());
            return new FeedLag(feed.getName(), feed.isEnabled(), last,
                    last == null ? null : Duration.between(last, now), feed.getConsecutiveFailures() > 0);
        }).toList();
    }

    /**
     * @param lag     how long ago its last successful sync ended; null before the first one
     * @param failing whether its last sync failed
     */
    public record FeedLag(String name, boolean enabled, Instant lastSucceeded, Duration lag, boolean failing) {
    }
}
