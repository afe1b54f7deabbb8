package org.realtycrm.portal.entity;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.realtycrm.platform.entity.Tracked;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * A client's saved search and how its alerts come. Its unsubscribe token is the one-click link in every alert
 * (RFC 8058): whoever holds it can turn this search's alerts off, and do nothing else.
 */
@Entity
@Table(name = "saved_searches")
public class SavedSearch extends Tracked {

    public static final int MAX_NAME = 120;
    /** A client keeps at most this many searches: each is matched against every sync's changes. */
    public static final int MAX_PER_CLIENT = 25;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Embedded
    private SearchCriteria criteria;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private AlertFrequency frequency;

    @Column(name = "unsubscribe_token", nullable = false, updatable = false, length = 64)
    private String unsubscribeToken;

    /** Written by the alerts' ledger in SQL, never by an edit of the search (which would put back what it read). */
    @Column(name = "last_sent_at", insertable = false, updatable = false)
    private Instant lastSentAt;

    protected SavedSearch() {
        // for JPA
    }

    /** @param name blank: the criteria in words */
    public SavedSearch(long userId, String name, SearchCriteria criteria, AlertFrequency frequency) {
        this.userId = userId;
        this.criteria = Objects.requireNonNull(criteria, "criteria");
        rename(name == null || name.isBlank() ? shortened(criteria.describe()) : name);
        this.frequency = frequency == null ? AlertFrequency.INSTANT : frequency;
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        this.unsubscribeToken = HexFormat.of().formatHex(random);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new InvalidInputException("name", "must not be blank");
        }
        String stripped = newName.strip();
        if (stripped.length() > MAX_NAME) {
            throw new InvalidInputException("name", "must be at most " + MAX_NAME + " characters");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("name", "must be one line, without control characters");
        }
        this.name = stripped;
    }

    /** Criteria in words may run long: cut, rather than refuse a name the client did not type. */
    private static String shortened(String described) {
        return described.length() <= MAX_NAME ? described : described.substring(0, MAX_NAME - 1) + "\u2026";
    }

    public void alertBy(AlertFrequency newFrequency) {
        this.frequency = Objects.requireNonNull(newFrequency, "frequency");
    }

    /** The one-click unsubscribe: alerts off, the search kept. */
    public void unsubscribe() {
        this.frequency = AlertFrequency.OFF;
    }

    public boolean belongsTo(long clientId) {
        return userId == clientId;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    /** Never null: a search without criteria (every home for sale) is loaded by JPA as no embedded value at all. */
    public SearchCriteria getCriteria() {
        return criteria == null ? new SearchCriteria() : criteria;
    }

    public AlertFrequency getFrequency() {
        return frequency;
    }

    public String getUnsubscribeToken() {
        return unsubscribeToken;
    }

    public Instant getLastSentAt() {
        return lastSentAt;
    }
}
