package org.realtycrm.mls.control;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.realtycrm.mls.entity.Roster;

/**
 * One RETS 1.7.2 feed: the login URL and credentials (Digest), the user agent and its optional UA password, the
 * searched resource and class, how the MLS names the fields replication needs (its key, modification and photo
 * timestamps, status, and which status values withdraw a listing), paging and its windows, photos and
 * {@link FeedLimits} (the request timeout 120 s unless set), and where the roster is searched ({@link RosterSearch}),
 * when it is.
 * {@link #toString()} shows neither password.
 */
public final class RetsSettings {

    public static final String RETS_VERSION = "RETS/1.7.2";

    /**
     * Where a roster's records are searched: the resource (RETS names it "Agent" or "Office"), the class, and the
     * MLS's names of the record's key and modification time.
     */
    public record RosterSearch(String resource, String searchClass, String keyField, String modificationField) {

        public RosterSearch {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(searchClass, "searchClass");
            Objects.requireNonNull(keyField, "keyField");
            Objects.requireNonNull(modificationField, "modificationField");
        }

        /** The RETS standard resource of the roster's records. */
        public static String standardResource(Roster roster) {
            return roster == Roster.MEMBERS ? "Agent" : "Office";
        }
    }

    private final URI loginUrl;
    private final String username;
    private final String password;
    private final String userAgent;
    private final String userAgentPassword;
    private final String resource;
    private final String searchClass;
    private final String keyField;
    private final String modificationField;
    private final String photosChangeField;
    private final String statusField;
    private final Set<String> deletedStatuses;
    private final int pageLimit;
    private final int pagesPerWindow;
    private final List<String> select;
    private final String allKeysQuery;
    private final ZoneId serverZone;
    private final String photoType;
    private final boolean photoUrls;
    private final FeedLimits limits;
    private final Map<Roster, RosterSearch> rosterSearches;

    private RetsSettings(Builder b) {
        loginUrl = Objects.requireNonNull(b.loginUrl, "loginUrl");
        username = Objects.requireNonNull(b.username, "username");
        password = Objects.requireNonNull(b.password, "password");
        userAgent = Objects.requireNonNull(b.userAgent, "userAgent");
        userAgentPassword = b.userAgentPassword;
        resource = Objects.requireNonNull(b.resource, "resource");
        searchClass = Objects.requireNonNull(b.searchClass, "searchClass");
        keyField = Objects.requireNonNull(b.keyField, "keyField");
        modificationField = Objects.requireNonNull(b.modificationField, "modificationField");
        photosChangeField = b.photosChangeField;
        statusField = b.statusField;
        deletedStatuses = Set.copyOf(b.deletedStatuses);
        if (!deletedStatuses.isEmpty() && statusField == null) {
            throw new IllegalArgumentException("deleted status values need the status field");
        }
        pageLimit = (int) FeedLimits.positive(b.pageLimit, "pageLimit");
        pagesPerWindow = (int) FeedLimits.positive(b.pagesPerWindow, "pagesPerWindow");
        select = List.copyOf(b.select);
        allKeysQuery = b.allKeysQuery;
        serverZone = Objects.requireNonNull(b.serverZone, "serverZone");
        photoType = Objects.requireNonNull(b.photoType, "photoType");
        photoUrls = b.photoUrls;
        limits = b.limits();
        rosterSearches = Map.copyOf(b.rosterSearches);
    }

    /**
     * @param keyField          the MLS's name of the listing key (e.g. {@code LIST_1}, {@code L_ListingID})
     * @param modificationField the MLS's name of the modification time (e.g. {@code LIST_87}, {@code L_UpdateDate})
     */
    public static Builder builder(URI loginUrl, String username, String password, String searchClass,
                                  String keyField, String modificationField) {
        return new Builder(loginUrl, username, password, searchClass, keyField, modificationField);
    }

    public URI loginUrl() { return loginUrl; }
    public String username() { return username; }
    String password() { return password; }
    public String userAgent() { return userAgent; }
    Optional<String> userAgentPassword() { return Optional.ofNullable(userAgentPassword); }
    public String resource() { return resource; }
    public String searchClass() { return searchClass; }
    public String keyField() { return keyField; }
    public String modificationField() { return modificationField; }
    public Optional<String> photosChangeField() { return Optional.ofNullable(photosChangeField); }
    public Optional<String> statusField() { return Optional.ofNullable(statusField); }
    public Set<String> deletedStatuses() { return deletedStatuses; }
    public int pageLimit() { return pageLimit; }
    public int pagesPerWindow() { return pagesPerWindow; }
    public List<String> select() { return select; }
    public Optional<String> allKeysQuery() { return Optional.ofNullable(allKeysQuery); }
    public ZoneId serverZone() { return serverZone; }
    public String photoType() { return photoType; }
    public boolean photoUrls() { return photoUrls; }
    public FeedLimits limits() { return limits; }
    /** Where the roster's records are searched; empty when the feed reads none. */
    public Optional<RosterSearch> rosterSearch(Roster roster) { return Optional.ofNullable(rosterSearches.get(roster)); }

    @Override
    public String toString() {
        return "RetsSettings[" + loginUrl + " as " + username + " (" + userAgent
                + (userAgentPassword == null ? "" : ", UA password") + "), " + resource + ":" + searchClass
                + ", key " + keyField + ", modified " + modificationField + ", Limit=" + pageLimit + ", " + limits + "]";
    }

    public static final class Builder extends FeedLimits.Builder<Builder> {
        private final URI loginUrl;
        private final String username;
        private final String password;
        private final String searchClass;
        private final String keyField;
        private final String modificationField;
        private String userAgent = "RealtyCRM/1.0";
        private String userAgentPassword;
        private String resource = "Property";
        private String photosChangeField;
        private String statusField;
        private Set<String> deletedStatuses = Set.of();
        private int pageLimit = 500;
        private int pagesPerWindow = 10;
        private List<String> select = List.of();
        private String allKeysQuery;
        private ZoneId serverZone = ZoneOffset.UTC;
        private String photoType = "Photo";
        private boolean photoUrls;
        private final Map<Roster, RosterSearch> rosterSearches = new EnumMap<>(Roster.class);

        private Builder(URI loginUrl, String username, String password, String searchClass, String keyField,
                        String modificationField) {
            super(Duration.ofSeconds(120));
            this.loginUrl = loginUrl;
            this.username = username;
            this.password = password;
            this.searchClass = searchClass;
            this.keyField = keyField;
            this.modificationField = modificationField;
        }

        /** The User-Agent header; RETS servers admit by it. */
        public Builder userAgent(String userAgent) { this.userAgent = userAgent; return this; }
        /** The UA password: each request then carries {@code RETS-UA-Authorization}. */
        public Builder userAgentPassword(String password) { this.userAgentPassword = password; return this; }
        /** The SearchType, "Property" unless the MLS names it otherwise. */
        public Builder resource(String resource) { this.resource = resource; return this; }
        public Builder photosChangeField(String field) { this.photosChangeField = field; return this; }
        /** The status field and the values of it that withdraw a listing (e.g. "Deleted", "Withdrawn"). */
        public Builder deletedWhen(String statusField, Set<String> values) {
            this.statusField = statusField;
            this.deletedStatuses = values;
            return this;
        }
        /** The status field, read without any value meaning a deletion. */
        public Builder statusField(String statusField) { this.statusField = statusField; return this; }
        /** {@code Limit}: rows per Search. */
        public Builder pageLimit(int limit) { this.pageLimit = limit; return this; }
        /**
         * How many pages of {@code Limit} rows one window of modification time aims at ({@link RetsWindow}): what a
         * sync that fails reads again; smaller windows cost more requests to size them.
         */
        public Builder pagesPerWindow(int pages) { this.pagesPerWindow = pages; return this; }
        /** {@code Select}; the key, timestamps and status fields are always added. Empty: every field. */
        public Builder select(List<String> fields) { this.select = fields; return this; }
        /** The DMQL2 query for every listing in {@code allKeys()}; by default the modification time since 1970. */
        public Builder allKeysQuery(String query) { this.allKeysQuery = query; return this; }
        /** The zone of the server's timestamps when they carry none (RETS servers often keep local time). */
        public Builder serverZone(ZoneId zone) { this.serverZone = zone; return this; }
        /** The GetObject Type of photos, "Photo" unless the MLS names it otherwise. */
        public Builder photoType(String type) { this.photoType = type; return this; }
        /** GetObject with {@code Location=1}: URLs instead of bytes. */
        public Builder photoUrls(boolean urls) { this.photoUrls = urls; return this; }

        /** Reads the roster's records by this search (without one, the feed reads none). */
        public Builder rosterSearch(Roster roster, RosterSearch search) {
            rosterSearches.put(roster, Objects.requireNonNull(search));
            return this;
        }

        public RetsSettings build() {
            return new RetsSettings(this);
        }
    }
}
