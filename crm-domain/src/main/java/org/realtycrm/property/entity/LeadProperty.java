package org.realtycrm.property.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A lead's link to a property ("interested in", "owner of", "sold to"). Added and removed, never edited. */
@Entity
@Table(name = "lead_properties")
public class LeadProperty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lead_id", nullable = false, updatable = false)
    private long leadId;

    @Column(name = "property_id", nullable = false, updatable = false)
    private long propertyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private LeadPropertyRelation relation;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by_id", updatable = false)
    private Long createdById;

    protected LeadProperty() {
        // for JPA
    }

    /** @param createdById who linked them; null when a job did */
    public LeadProperty(long leadId, long propertyId, LeadPropertyRelation relation, Long createdById) {
        this.leadId = leadId;
        this.propertyId = propertyId;
        this.relation = Objects.requireNonNull(relation, "relation");
        this.createdById = createdById;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getLeadId() {
        return leadId;
    }

    public long getPropertyId() {
        return propertyId;
    }

    public LeadPropertyRelation getRelation() {
        return relation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCreatedById() {
        return createdById;
    }
}
