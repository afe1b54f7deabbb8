package org.realtycrm.platform.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * What every record users edit carries: when it was created and last changed, and an optimistic-lock version, so
 * that two people saving the same record cannot silently overwrite each other.
 */
@MappedSuperclass
public abstract class Tracked {

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @PrePersist
    void stampCreation() {
        if (createdAt == null) {
            createdAt = Instant.now();
        } // else a record of history, dated by createdInThePast
        if (updatedAt == null || updatedAt.isBefore(createdAt)) {
            updatedAt = createdAt;
        }
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = Instant.now();
    }

    /**
     * For a record that stands for history rather than for a change made now (synthetic demo data, say): it was
     * created at {@code when}, and not changed since. Subclasses allow it only before the record is first stored;
     * after that {@code created_at} cannot change. Never in the future.
     */
    protected void createdInThePast(Instant when) {
        notInTheFuture(when);
        createdAt = when;
        updatedAt = when;
    }

    /**
     * For a record of history, before it is first stored: it was last changed at {@code when}, which follows its
     * creation and every earlier change. A stored record's later changes are stamped "now" as always.
     */
    protected void changedInThePast(Instant when) {
        notInTheFuture(when);
        if (createdAt == null) {
            throw new IllegalStateException("a record of history needs its creation moment first");
        }
        if (when.isBefore(updatedAt)) {
            throw new IllegalArgumentException("changed at " + when + ", before its previous change at " + updatedAt);
        }
        updatedAt = when;
    }

    private static void notInTheFuture(Instant when) {
        Objects.requireNonNull(when, "when");
        if (when.isAfter(Instant.now())) {
            throw new IllegalArgumentException(when + " is in the future");
        }
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
