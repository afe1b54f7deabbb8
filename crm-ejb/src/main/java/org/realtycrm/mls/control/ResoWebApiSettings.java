package org.realtycrm.mls.control;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One feed's connection, paging and limits. Either OAuth2 client credentials (token URL, client id and secret)
 * or a static bearer token. {@link #toString()} never shows a secret.
 */
public final class ResoWebApiSettings {

    /** How the client proves its identity to the token endpoint; RFC 6749 §2.3.1 allows both. */
    public enum ClientAuthentication { HTTP_BASIC, REQUEST_BODY }

    private final URI serviceRoot;
    private final String resource;
    private final String mediaResource;
    private final URI tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final ClientAuthentication clientAuthentication;
    private final String scope;
    private final String staticToken;
    private final int pageSize;
    private final List<String> select;
    private final boolean expandMedia;
    private final String fixedFilter;
    private final long requestsPerSecond;
    private final long requestsPerHour;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final Duration connectTimeout;
    private final Duration requestTimeout;

    private ResoWebApiSettings(Builder b) {
        serviceRoot = URI.create(Objects.requireNonNull(b.serviceRoot, "serviceRoot").toString().replaceAll("/*$", "/"));
        resource = b.resource;
        mediaResource = b.mediaResource;
        tokenUrl = b.tokenUrl;
        clientId = b.clientId;
        clientSecret = b.clientSecret;
        clientAuthentication = b.clientAuthentication;
        scope = b.scope;
        staticToken = b.staticToken;
        pageSize = (int) positive(b.pageSize, "pageSize");
        select = List.copyOf(b.select);
        expandMedia = b.expandMedia;
        fixedFilter = b.fixedFilter;
        requestsPerSecond = positive(b.requestsPerSecond, "requestsPerSecond");
        requestsPerHour = positive(b.requestsPerHour, "requestsPerHour");
        maxAttempts = (int) positive(b.maxAttempts, "maxAttempts");
        initialBackoff = b.initialBackoff;
        maxBackoff = b.maxBackoff;
        maxRetryAfter = b.maxRetryAfter;
        connectTimeout = b.connectTimeout;
        requestTimeout = b.requestTimeout;
        boolean oauth = tokenUrl != null || clientId != null || clientSecret != null;
        if (oauth == (staticToken != null)) {
            throw new IllegalArgumentException("a feed needs either client credentials or a static token, not both");
        }
        if (oauth && (tokenUrl == null || clientId == null || clientSecret == null)) {
            throw new IllegalArgumentException("client credentials need a token URL, a client id and a secret");
        }
    }

    private static long positive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1");
        }
        return value;
    }

    public static Builder builder(URI serviceRoot) {
        return new Builder(serviceRoot);
    }

    public URI serviceRoot() { return serviceRoot; }
    public String resource() { return resource; }
    public String mediaResource() { return mediaResource; }
    public boolean usesClientCredentials() { return staticToken == null; }
    public URI tokenUrl() { return tokenUrl; }
    public String clientId() { return clientId; }
    public String clientSecret() { return clientSecret; }
    public ClientAuthentication clientAuthentication() { return clientAuthentication; }
    public Optional<String> scope() { return Optional.ofNullable(scope); }
    public String staticToken() { return staticToken; }
    public int pageSize() { return pageSize; }
    public List<String> select() { return select; }
    public boolean expandMedia() { return expandMedia; }
    public Optional<String> fixedFilter() { return Optional.ofNullable(fixedFilter); }
    public long requestsPerSecond() { return requestsPerSecond; }
    public long requestsPerHour() { return requestsPerHour; }
    public int maxAttempts() { return maxAttempts; }
    public Duration initialBackoff() { return initialBackoff; }
    public Duration maxBackoff() { return maxBackoff; }
    public Duration maxRetryAfter() { return maxRetryAfter; }
    public Duration connectTimeout() { return connectTimeout; }
    public Duration requestTimeout() { return requestTimeout; }

    @Override
    public String toString() {
        return "ResoWebApiSettings[" + serviceRoot + resource + (usesClientCredentials()
                ? ", client credentials of " + clientId + " at " + tokenUrl : ", static token")
                + ", $top=" + pageSize + ", " + requestsPerSecond + "/s, " + requestsPerHour + "/h, "
                + maxAttempts + " attempts]";
    }

    public static final class Builder {
        private final URI serviceRoot;
        private String resource = "Property";
        private String mediaResource = "Media";
        private URI tokenUrl;
        private String clientId;
        private String clientSecret;
        private ClientAuthentication clientAuthentication = ClientAuthentication.HTTP_BASIC;
        private String scope;
        private String staticToken;
        private int pageSize = 1000;
        private List<String> select = List.of();
        private boolean expandMedia;
        private String fixedFilter;
        private long requestsPerSecond = 2;
        private long requestsPerHour = 7200;
        private int maxAttempts = 5;
        private Duration initialBackoff = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofMinutes(1);
        private Duration maxRetryAfter = Duration.ofMinutes(5);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);

        private Builder(URI serviceRoot) {
            this.serviceRoot = serviceRoot;
        }

        /** The entity set replicated, "Property" unless the provider names it otherwise. */
        public Builder resource(String resource) { this.resource = Objects.requireNonNull(resource); return this; }
        public Builder mediaResource(String mediaResource) { this.mediaResource = Objects.requireNonNull(mediaResource); return this; }

        public Builder clientCredentials(URI tokenUrl, String clientId, String clientSecret, ClientAuthentication how) {
            this.tokenUrl = tokenUrl;
            this.clientId = clientId;
            this.clientSecret = clientSecret;
            this.clientAuthentication = Objects.requireNonNull(how);
            return this;
        }

        public Builder scope(String scope) { this.scope = scope; return this; }
        public Builder staticToken(String token) { this.staticToken = token; return this; }
        /** {@code $top}: records per page. */
        public Builder pageSize(int pageSize) { this.pageSize = pageSize; return this; }
        /** {@code $select}; ListingKey, ModificationTimestamp, PhotosChangeTimestamp and StandardStatus are always added. */
        public Builder select(List<String> fields) { this.select = fields; return this; }
        /** Read Media with each listing ({@code $expand=Media}) instead of from the Media resource. */
        public Builder expandMedia(boolean expand) { this.expandMedia = expand; return this; }
        /** A condition every query must carry, e.g. MLS Grid's {@code OriginatingSystemName eq 'mfrmls'}. */
        public Builder fixedFilter(String filter) { this.fixedFilter = filter; return this; }
        public Builder requestsPerSecond(long limit) { this.requestsPerSecond = limit; return this; }
        public Builder requestsPerHour(long limit) { this.requestsPerHour = limit; return this; }
        /** Attempts per request against 5xx, 429 and timeouts, the first included. */
        public Builder maxAttempts(int attempts) { this.maxAttempts = attempts; return this; }
        /** Back-off after the first failure, doubled after each further one up to {@code max}. */
        public Builder backoff(Duration initial, Duration max) { this.initialBackoff = initial; this.maxBackoff = max; return this; }
        /** A {@code Retry-After} longer than this fails the request instead of holding a thread. */
        public Builder maxRetryAfter(Duration max) { this.maxRetryAfter = max; return this; }
        public Builder timeouts(Duration connect, Duration request) { this.connectTimeout = connect; this.requestTimeout = request; return this; }

        public ResoWebApiSettings build() {
            return new ResoWebApiSettings(this);
        }
    }
}
