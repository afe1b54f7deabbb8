package org.realtycrm.mls.control;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.realtycrm.mls.entity.Roster;

/**
 * One feed's connection, paging and {@link FeedLimits} (the request timeout 60 s unless set). Either OAuth2 client credentials (token URL, client id and secret)
 * or a static bearer token. {@link #toString()} never shows a secret.
 */
public final class ResoWebApiSettings {

    /** How the client proves its identity to the token endpoint; RFC 6749 §2.3.1 allows both. */
    public enum ClientAuthentication { HTTP_BASIC, REQUEST_BODY }

    private final URI serviceRoot;
    private final String resource;
    private final String mediaResource;
    private final Map<Roster, String> rosterResources;
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
    private final FeedLimits limits;

    private ResoWebApiSettings(Builder b) {
        serviceRoot = URI.create(Objects.requireNonNull(b.serviceRoot, "serviceRoot").toString().replaceAll("/*$", "/"));
        resource = b.resource;
        mediaResource = b.mediaResource;
        rosterResources = Map.copyOf(b.rosterResources);
        tokenUrl = b.tokenUrl;
        clientId = b.clientId;
        clientSecret = b.clientSecret;
        clientAuthentication = b.clientAuthentication;
        scope = b.scope;
        staticToken = b.staticToken;
        pageSize = (int) FeedLimits.positive(b.pageSize, "pageSize");
        select = List.copyOf(b.select);
        expandMedia = b.expandMedia;
        fixedFilter = b.fixedFilter;
        limits = b.limits();
        boolean oauth = tokenUrl != null || clientId != null || clientSecret != null;
        if (oauth == (staticToken != null)) {
            throw new IllegalArgumentException("a feed needs either client credentials or a static token, not both");
        }
        if (oauth && (tokenUrl == null || clientId == null || clientSecret == null)) {
            throw new IllegalArgumentException("client credentials need a token URL, a client id and a secret");
        }
    }

    public static Builder builder(URI serviceRoot) {
        return new Builder(serviceRoot);
    }

    public URI serviceRoot() { return serviceRoot; }
    public String resource() { return resource; }
    public String mediaResource() { return mediaResource; }
    /** The entity set of the roster's records: its Data Dictionary name unless the provider names it otherwise. */
    public String rosterResource(Roster roster) { return rosterResources.getOrDefault(roster, roster.resource()); }
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
    public FeedLimits limits() { return limits; }

    @Override
    public String toString() {
        return "ResoWebApiSettings[" + serviceRoot + resource + (usesClientCredentials()
                ? ", client credentials of " + clientId + " at " + tokenUrl : ", static token")
                + ", $top=" + pageSize + ", " + limits + "]";
    }

    public static final class Builder extends FeedLimits.Builder<Builder> {
        private final URI serviceRoot;
        private String resource = "Property";
        private String mediaResource = "Media";
        private final Map<Roster, String> rosterResources = new EnumMap<>(Roster.class);
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

        private Builder(URI serviceRoot) {
            super(Duration.ofSeconds(60));
            this.serviceRoot = serviceRoot;
        }

        /** The entity set replicated, "Property" unless the provider names it otherwise. */
        public Builder resource(String resource) { this.resource = Objects.requireNonNull(resource); return this; }
        public Builder mediaResource(String mediaResource) { this.mediaResource = Objects.requireNonNull(mediaResource); return this; }
        /** The entity set of the Member or Office records, where the provider does not call it by its DD name. */
        public Builder rosterResource(Roster roster, String resource) {
            rosterResources.put(roster, Objects.requireNonNull(resource));
            return this;
        }

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

        public ResoWebApiSettings build() {
            return new ResoWebApiSettings(this);
        }
    }
}
