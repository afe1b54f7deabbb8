package org.realtycrm.mls.rest;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.mls.entity.Feed;

/** A feed as administrators read it: its settings (never the secret, only where it is kept) and its state. */
@Schema(name = "Feed")
public record FeedJson(long id, String name, String kind, String baseUrl, String tokenUrl, String clientId,
        String secretRef, int cadenceSeconds, int requestsPerSecond, int requestsPerHour, int pageSize,
        String selectList, Map<String, String> options, boolean enabled, boolean reloadRequested,
        Instant cursorModificationTimestamp, String cursorListingKey, int consecutiveFailures, int failureLimit, String lastError, Instant createdAt,
        Instant updatedAt, long version) {

    static FeedJson of(Feed feed) {
        return new FeedJson(feed.getId(), feed.getName(), feed.getKind().name(), feed.getBaseUrl(), feed.getTokenUrl(),
                feed.getClientId(), feed.getSecretRef(), feed.getCadenceSeconds(), feed.getRequestsPerSecond(),
                feed.getRequestsPerHour(), feed.getPageSize(), feed.getSelectList(), feed.getOptions(),
                feed.isEnabled(), feed.isReloadRequested(), feed.cursor().map(c -> c.modificationTimestamp()).orElse(null),
                feed.cursor().map(c -> c.key()).orElse(null), feed.getConsecutiveFailures(),
                feed.getFailureLimit(), feed.getLastError(), feed.getCreatedAt(), feed.getUpdatedAt(),
                feed.getVersion());
    }
}
