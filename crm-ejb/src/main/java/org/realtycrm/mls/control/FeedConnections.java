package org.realtycrm.mls.control;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.realtycrm.mls.entity.Feed;
import org.realtycrm.mls.entity.FeedKind;
import org.realtycrm.mls.entity.FeedOptions;
import org.realtycrm.mls.entity.Roster;

/**
 * Opens the adapter a feed's configuration names: {@link ResoWebApiFeed} or {@link RetsFeed}, with the feed's limits
 * and options. The secret (client secret, static token or RETS password) is read here and only here, from the
 * configuration entry the feed names ({@code secretRef}: a MicroProfile Config key, which Payara also resolves from
 * its password aliases), so it never passes through the database, the API or the screens.
 */
@ApplicationScoped
public class FeedConnections {

    @Inject
    Config config;

    /** Each feed's allowance of requests, kept across its syncs (rebuilt when its rates change). */
    private final Map<Long, Allowance> allowances = new ConcurrentHashMap<>();

    private record Allowance(long perSecond, long perHour, RequestPacing pacing) {
    }

    /** A connection to the feed's provider; close it when done (a RETS session logs out). */
    public ListingFeed open(Feed feed) {
        Map<String, String> options = feed.getOptions();
        return feed.getKind() == FeedKind.RETS ? RetsFeed.of(rets(feed, options)) : ResoWebApiFeed.of(reso(feed, options));
    }

    /** Whether the feed sends each listing's Media with it ({@code $expand}) rather than from a Media resource. */
    public boolean expandsMedia(Feed feed) {
        return feed.getKind() == FeedKind.RESO_WEB_API
                && Boolean.parseBoolean(feed.getOptions().get(FeedOptions.EXPAND_MEDIA));
    }

    /** How the feed's records carry the Data Dictionary fields. */
    public ListingMapping mapping(Feed feed) {
        return feed.getKind() == FeedKind.RETS ? ListingMapping.of(feed.getOptions()) : ListingMapping.ddNames();
    }

    private ResoWebApiSettings reso(Feed feed, Map<String, String> options) {
        ResoWebApiSettings.Builder settings = ResoWebApiSettings.builder(URI.create(feed.getBaseUrl()))
                .pageSize(feed.getPageSize())
                .select(list(feed.getSelectList()))
                .expandMedia(expandsMedia(feed))
                .fixedFilter(options.get(FeedOptions.FILTER))
                .requestsPerSecond(feed.getRequestsPerSecond())
                .requestsPerHour(feed.getRequestsPerHour())
                .sharedPacing(allowance(feed));
        Optional.ofNullable(options.get(FeedOptions.RESOURCE)).ifPresent(settings::resource);
        Optional.ofNullable(options.get(FeedOptions.MEDIA_RESOURCE)).ifPresent(settings::mediaResource);
        Optional.ofNullable(options.get(FeedOptions.SCOPE)).ifPresent(settings::scope);
        for (Roster roster : Roster.values()) {
            Optional.ofNullable(options.get(FeedOptions.rosterNames(roster).resource()))
                    .ifPresent(resource -> settings.rosterResource(roster, resource));
        }
        String secret = secret(feed);
        if (feed.getTokenUrl() != null) {
            settings.clientCredentials(URI.create(feed.getTokenUrl()), feed.getClientId(), secret,
                    "body".equals(options.get(FeedOptions.CLIENT_AUTHENTICATION))
                            ? ResoWebApiSettings.ClientAuthentication.REQUEST_BODY
                            : ResoWebApiSettings.ClientAuthentication.HTTP_BASIC);
        } else {
            settings.staticToken(secret);
        }
        return settings.build();
    }

    private RetsSettings rets(Feed feed, Map<String, String> options) {
        RetsSettings.Builder settings = RetsSettings.builder(URI.create(feed.getBaseUrl()), feed.getClientId(),
                        secret(feed), options.get(FeedOptions.SEARCH_CLASS), options.get(FeedOptions.KEY_FIELD),
                        options.get(FeedOptions.MODIFICATION_FIELD))
                .pageLimit(feed.getPageSize())
                .select(list(feed.getSelectList()))
                .requestsPerSecond(feed.getRequestsPerSecond())
                .requestsPerHour(feed.getRequestsPerHour())
                .sharedPacing(allowance(feed));
        Optional.ofNullable(options.get(FeedOptions.RESOURCE)).ifPresent(settings::resource);
        Optional.ofNullable(options.get(FeedOptions.PHOTOS_CHANGE_FIELD)).ifPresent(settings::photosChangeField);
        Optional.ofNullable(options.get(FeedOptions.SERVER_ZONE)).map(ZoneId::of).ifPresent(settings::serverZone);
        Optional.ofNullable(options.get(FeedOptions.PHOTO_TYPE)).ifPresent(settings::photoType);
        Optional.ofNullable(options.get(FeedOptions.USER_AGENT)).ifPresent(settings::userAgent);
        Optional.ofNullable(options.get(FeedOptions.PAGES_PER_WINDOW)).map(Integer::valueOf)
                .ifPresent(settings::pagesPerWindow);
        String status = options.get(FeedOptions.STATUS_FIELD);
        if (status != null) {
            settings.deletedWhen(status, set(options.get(FeedOptions.DELETED_STATUSES)));
        }
        for (Roster roster : Roster.values()) {
            // FeedOptions admits a roster's search only whole: its class names it
            FeedOptions.RosterNames names = FeedOptions.rosterNames(roster);
            Optional.ofNullable(options.get(names.searchClass())).ifPresent(searchClass -> settings.rosterSearch(roster,
                    new RetsSettings.RosterSearch(
                            options.getOrDefault(names.resource(), RetsSettings.RosterSearch.standardResource(roster)),
                            searchClass, options.get(names.keyField()), options.get(names.modificationField()))));
        }
        return settings.build();
    }

    /** The feed's pacing, the same for every sync of it on this server while its rates stay. */
    private RequestPacing allowance(Feed feed) {
        return allowances.compute(feed.getId(), (id, held) -> held != null
                && held.perSecond() == feed.getRequestsPerSecond() && held.perHour() == feed.getRequestsPerHour()
                ? held
                : new Allowance(feed.getRequestsPerSecond(), feed.getRequestsPerHour(), new RequestPacing(
                        feed.getRequestsPerSecond(), feed.getRequestsPerHour(), Clock.systemUTC(), Sleeper.REAL)))
                .pacing();
    }

    private String secret(Feed feed) {
        if (feed.getSecretRef() == null) {
            throw new IllegalStateException("feed " + feed.getName() + " names no configuration entry for its secret");
        }
        return config.getOptionalValue(feed.getSecretRef(), String.class)
                .orElseThrow(() -> new IllegalStateException("the configuration entry " + feed.getSecretRef()
                        + " that holds the secret of feed " + feed.getName() + " is not set"));
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null ? List.of() : List.of(commaSeparated.split(","));
    }

    private static Set<String> set(String commaSeparated) {
        return commaSeparated == null ? Set.of() : Arrays.stream(commaSeparated.split(","))
                .map(String::strip).filter(value -> !value.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
