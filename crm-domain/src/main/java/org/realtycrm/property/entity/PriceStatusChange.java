package org.realtycrm.property.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One change of a property's ListPrice or StandardStatus (a listing's first values have no old value). Alerts,
 * comps and deal analysis read these rows; they are only ever appended. Made by {@link Property}, never by callers.
 */
@Entity
@Table(name = "property_history")
public class PriceStatusChange {

    /**
     * From the column's own sequence, 50 at a time (V12 steps it by 50): a feed's page inserts thousands of rows, and
     * only ids known before the insert let Hibernate send them in batches.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "property_history_id")
    @SequenceGenerator(name = "property_history_id", sequenceName = "property_history_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "property_id", nullable = false, updatable = false)
    private Property property;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private HistoryField field;

    @Column(name = "old_price", updatable = false, precision = 14, scale = 2)
    private BigDecimal oldPrice;

    @Column(name = "new_price", updatable = false, precision = 14, scale = 2)
    private BigDecimal newPrice;

    @Convert(converter = StandardStatusConverter.class)
    @Column(name = "old_status", updatable = false, length = StandardStatus.MAX_LENGTH)
    private StandardStatus oldStatus;

    @Convert(converter = StandardStatusConverter.class)
    @Column(name = "new_status", updatable = false, length = StandardStatus.MAX_LENGTH)
    private StandardStatus newStatus;

    /** The listing's ModificationTimestamp that carried the change; null for an agent's edit. */
    @Column(name = "modification_timestamp", updatable = false)
    private Instant modificationTimestamp;

    protected PriceStatusChange() {
        // for JPA
    }

    private PriceStatusChange(Property property, HistoryField field, Instant modificationTimestamp) {
        this.property = Objects.requireNonNull(property, "property");
        this.field = field;
        this.changedAt = Instant.now();
        this.modificationTimestamp = modificationTimestamp;
    }

    static PriceStatusChange price(Property property, BigDecimal from, BigDecimal to, Instant modificationTimestamp) {
        PriceStatusChange change = new PriceStatusChange(property, HistoryField.LIST_PRICE, modificationTimestamp);
        change.oldPrice = from;
        change.newPrice = to;
        return change;
    }

    static PriceStatusChange status(Property property, StandardStatus from, StandardStatus to,
            Instant modificationTimestamp) {
        PriceStatusChange change = new PriceStatusChange(property, HistoryField.STANDARD_STATUS, modificationTimestamp);
        change.oldStatus = from;
        change.newStatus = to;
        return change;
    }

    public Long getId() {
        return id;
    }

    public Property getProperty() {
        return property;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public HistoryField getField() {
        return field;
    }

    public BigDecimal getOldPrice() {
        return oldPrice;
    }

    public BigDecimal getNewPrice() {
        return newPrice;
    }

    public StandardStatus getOldStatus() {
        return oldStatus;
    }

    public StandardStatus getNewStatus() {
        return newStatus;
    }

    public Instant getModificationTimestamp() {
        return modificationTimestamp;
    }

    @Override
    public String toString() {
        return field == HistoryField.LIST_PRICE ? "ListPrice " + oldPrice + " -> " + newPrice
                : "StandardStatus " + oldStatus + " -> " + newStatus;
    }
}
