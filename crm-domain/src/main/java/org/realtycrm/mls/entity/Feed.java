package org.realtycrm.mls.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;

import org.realtycrm.platform.entity.Tracked;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RuleViolationException;
import org.realtycrm.property.entity.Text;

/**
 * An MLS feed an administrator configured, and the state of its replication. The state (cursor, lease, failures)
 * changes with every page a sync stores; it does not move the version, and each update writes only the columns it
 * changed, so an administrator's edit of the settings during a long load neither conflicts with the sync nor
 * writes an old cursor back. The feed keeps its rules: its cursor
 * only moves forward; one node at a time works it, holding a lease (owner and expiry) that it takes, renews and
 * releases; and it stops itself (disabled) after {@code failureLimit} failed syncs in a row, until an administrator
 * enables it again.
 */
@Entity
@Table(name = "mls_feeds")
@DynamicUpdate
public class Feed extends Tracked {

    public static final int MAX_LEASE_OWNER_LENGTH = 120;
    public static final int MAX_ERROR_LENGTH = 1000;
    public static final int DEFAULT_FAILURE_LIMIT = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = FeedSettings.MAX_NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FeedKind kind;

    @Column(name = "base_url", nullable = false, length = FeedSettings.MAX_URL_LENGTH)
    private String baseUrl;

    @Column(name = "token_url", length = FeedSettings.MAX_URL_LENGTH)
    private String tokenUrl;

    @Column(name = "client_id", length = FeedSettings.MAX_CLIENT_ID_LENGTH)
    private String clientId;

    /** The name of the configuration entry holding the client secret; never the secret. */
    @Column(name = "secret_ref", length = FeedSettings.MAX_SECRET_REF_LENGTH)
    private String secretRef;

    @Column(name = "cadence_seconds", nullable = false)
    private int cadenceSeconds;

    @Column(name = "requests_per_second", nullable = false)
    private int requestsPerSecond;

    @Column(name = "requests_per_hour", nullable = false)
    private int requestsPerHour;

    @Column(name = "page_size", nullable = false)
    private int pageSize;

    @Column(name = "select_list", length = FeedSettings.MAX_SELECT_LENGTH)
    private String selectList;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Null until the first page commits. */
    @Embedded
    @OptimisticLock(excluded = true)
    private FeedCursor cursor;

    /** Where the Member records stand; null until their first page commits. */
    @Embedded
    @AttributeOverride(name = "modificationTimestamp", column = @Column(name = "member_cursor_modification_ts"))
    @AttributeOverride(name = "recordKey", column = @Column(name = "member_cursor_key"))
    @AttributeOverride(name = "nanosBeyondMicros", column = @Column(name = "member_cursor_nanos_beyond_micros"))
    @OptimisticLock(excluded = true)
    private FeedCursor memberCursor;

    /** Where the Office records stand; null until their first page commits. */
    @Embedded
    @AttributeOverride(name = "modificationTimestamp", column = @Column(name = "office_cursor_modification_ts"))
    @AttributeOverride(name = "recordKey", column = @Column(name = "office_cursor_key"))
    @AttributeOverride(name = "nanosBeyondMicros", column = @Column(name = "office_cursor_nanos_beyond_micros"))
    @OptimisticLock(excluded = true)
    private FeedCursor officeCursor;

    /** An administrator asked for the feed to be read again from its start; the next sync takes the request. */
    @Column(name = "reload_requested", nullable = false)
    @OptimisticLock(excluded = true)
    private boolean reloadRequested;

    @Column(name = "lease_owner", length = MAX_LEASE_OWNER_LENGTH)
    @OptimisticLock(excluded = true)
    private String leaseOwner;

    @Column(name = "lease_until")
    @OptimisticLock(excluded = true)
    private Instant leaseUntil;

    @Column(name = "consecutive_failures", nullable = false)
    @OptimisticLock(excluded = true)
    private int consecutiveFailures;

    @Column(name = "failure_limit", nullable = false)
    private int failureLimit = DEFAULT_FAILURE_LIMIT;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    @OptimisticLock(excluded = true)
    private String lastError;

    /** The protocol's own settings ({@link FeedOptions}), one row each in mls_feed_options. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mls_feed_options", joinColumns = @JoinColumn(name = "feed_id"))
    @MapKeyColumn(name = "name", length = FeedOptions.MAX_NAME_LENGTH)
    @Column(name = "value", nullable = false, length = FeedOptions.MAX_VALUE_LENGTH)
    private Map<String, String> options = new HashMap<>();

    protected Feed() {
        // for JPA
    }

    public Feed(FeedSettings settings) {
        reconfigure(settings);
    }

    public void reconfigure(FeedSettings settings) {
        Objects.requireNonNull(settings, "settings");
        this.name = settings.name();
        this.kind = settings.kind();
        this.baseUrl = settings.baseUrl();
        this.tokenUrl = settings.tokenUrl();
        this.clientId = settings.clientId();
        this.secretRef = settings.secretRef();
        this.cadenceSeconds = settings.cadenceSeconds();
        this.requestsPerSecond = settings.requestsPerSecond();
        this.requestsPerHour = settings.requestsPerHour();
        this.pageSize = settings.pageSize();
        this.selectList = settings.selectList();
        this.options.clear();
        this.options.putAll(settings.options());
    }

    /** What an administrator configured, as it stands. */
    public FeedSettings settings() {
        return new FeedSettings(name, kind, baseUrl, tokenUrl, clientId, secretRef, cadenceSeconds, requestsPerSecond,
                requestsPerHour, pageSize, selectList, options);
    }

    /** How many failed syncs in a row stop the feed. */
    public void changeFailureLimit(int limit) {
        if (limit < 1) {
            throw new InvalidInputException("failureLimit", "must be at least 1");
        }
        this.failureLimit = limit;
    }

    /**
     * Moves the cursor to the last record of a page, in the transaction that stores the page. The same position
     * again is a no-op (an overlapping re-read); a position before the cursor is refused.
     */
    public void advanceCursor(FeedCursor next) {
        cursor = forward("the cursor", cursor, next);
    }

    public Optional<FeedCursor> cursor() {
        return Optional.ofNullable(cursor);
    }

    /** Moves the roster's cursor as {@link #advanceCursor(FeedCursor)} moves the listings'. */
    public void advanceCursor(Roster roster, FeedCursor next) {
        switch (roster) {
            case MEMBERS -> memberCursor = forward("the Member cursor", memberCursor, next);
            case OFFICES -> officeCursor = forward("the Office cursor", officeCursor, next);
        }
    }

    /** Where the roster's replication stands; empty until its first page commits. */
    public Optional<FeedCursor> cursor(Roster roster) {
        return Optional.ofNullable(switch (roster) {
            case MEMBERS -> memberCursor;
            case OFFICES -> officeCursor;
        });
    }

    private FeedCursor forward(String which, FeedCursor held, FeedCursor next) {
        Objects.requireNonNull(next, "next");
        if (held != null && next.compareTo(held) < 0) {
            throw new RuleViolationException("feed " + id + ": " + which + " only moves forward (at " + held
                    + ", offered " + next + ")");
        }
        return next;
    }

    /**
     * Takes the lease for {@code ttl} if nobody holds it, it has expired, or {@code owner} holds it already.
     *
     * @return whether {@code owner} holds the lease now
     */
    public boolean takeLease(String owner, Instant now, Duration ttl) {
        String who = owner(owner);
        Objects.requireNonNull(now, "now");
        Duration time = positive(ttl);
        if (leaseOwner != null && !leaseOwner.equals(who) && leaseUntil.isAfter(now)) {
            return false;
        }
        leaseOwner = who;
        leaseUntil = now.plus(time);
        return true;
    }

    /**
     * Extends the lease of its holder, while it has not expired: an expired lease may already be someone else's
     * work, so it must be taken again.
     *
     * @return whether the lease was renewed
     */
    public boolean renewLease(String owner, Instant now, Duration ttl) {
        Objects.requireNonNull(now, "now");
        Duration time = positive(ttl);
        if (!holdsLease(owner, now)) {
            return false;
        }
        leaseUntil = now.plus(time);
        return true;
    }

    /** @return whether {@code owner} held the lease and gave it up; someone else's lease is left alone */
    public boolean releaseLease(String owner) {
        if (leaseOwner == null || !leaseOwner.equals(owner(owner))) {
            return false;
        }
        leaseOwner = null;
        leaseUntil = null;
        return true;
    }

    public boolean holdsLease(String owner, Instant now) {
        return leaseOwner != null && leaseOwner.equals(owner(owner)) && leaseUntil.isAfter(now);
    }

    /** A sync finished well: the failure count starts again. */
    public void recordSuccess() {
        consecutiveFailures = 0;
        lastError = null;
    }

    /**
     * A sync failed. After {@code failureLimit} failures in a row the feed stops itself.
     *
     * @return whether this failure stopped the feed
     */
    public boolean recordFailure(String error) {
        consecutiveFailures++;
        lastError = Text.clip(error == null || error.isBlank() ? "unknown error" : error, MAX_ERROR_LENGTH);
        if (enabled && consecutiveFailures >= failureLimit) {
            enabled = false;
            return true;
        }
        return false;
    }

    /**
     * An administrator asks for every listing, member and office to be read again from the start: the next sync is a
     * full load (listings it finds current change nothing, corrected ones are taken), followed by a reconciliation.
     */
    public void requestReload() {
        reloadRequested = true;
    }

    public boolean isReloadRequested() {
        return reloadRequested;
    }

    /**
     * The sync that holds the lease takes a reload request: the cursors go back to the start.
     *
     * @return whether a reload was requested
     */
    public boolean startOverIfRequested() {
        if (!reloadRequested) {
            return false;
        }
        cursor = null;
        memberCursor = null;
        officeCursor = null;
        reloadRequested = false;
        return true;
    }

    /** An administrator starts the feed again: its failure count starts again, its cursor stays. */
    public void enable() {
        enabled = true;
        consecutiveFailures = 0;
    }

    public void disable() {
        enabled = false;
    }

    private static String owner(String owner) {
        if (owner == null || owner.isBlank()) {
            throw new InvalidInputException("leaseOwner", "is required");
        }
        if (owner.length() > MAX_LEASE_OWNER_LENGTH) {
            throw new InvalidInputException("leaseOwner", "is longer than " + MAX_LEASE_OWNER_LENGTH + " characters");
        }
        return owner;
    }

    private static Duration positive(Duration ttl) {
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new InvalidInputException("ttl", "a lease lasts a positive time");
        }
        return ttl;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public FeedKind getKind() {
        return kind;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public String getClientId() {
        return clientId;
    }

    public String getSecretRef() {
        return secretRef;
    }

    public int getCadenceSeconds() {
        return cadenceSeconds;
    }

    public int getRequestsPerSecond() {
        return requestsPerSecond;
    }

    public int getRequestsPerHour() {
        return requestsPerHour;
    }

    public int getPageSize() {
        return pageSize;
    }

    public String getSelectList() {
        return selectList;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getLeaseOwner() {
        return leaseOwner;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }

    public int getFailureLimit() {
        return failureLimit;
    }

    /** The protocol options, sorted by name. */
    public Map<String, String> getOptions() {
        return Collections.unmodifiableMap(new TreeMap<>(options));
    }

    public String getLastError() {
        return lastError;
    }
}
