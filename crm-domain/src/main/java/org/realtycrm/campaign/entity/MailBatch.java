package org.realtycrm.campaign.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The file of one direct-mail step for the mail house: one letter per lead that reached the step, kept in the
 * document store. What was mailed to whom is the sends that name it.
 */
@Entity
@Table(name = "campaign_mail_batches")
public class MailBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "step_id", nullable = false, updatable = false)
    private long stepId;

    @Column(name = "document_key", nullable = false, updatable = false, length = 300)
    private String documentKey;

    @Column(nullable = false, updatable = false)
    private int pieces;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MailBatch() {
        // for JPA
    }

    public MailBatch(long campaignId, long stepId, String documentKey, int pieces, long createdBy, Instant at) {
        if (pieces < 1) {
            throw new IllegalArgumentException("a batch holds at least one letter");
        }
        this.campaignId = campaignId;
        this.stepId = stepId;
        this.documentKey = documentKey;
        this.pieces = pieces;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getStepId() {
        return stepId;
    }

    public String getDocumentKey() {
        return documentKey;
    }

    public int getPieces() {
        return pieces;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
