package org.realtycrm.campaign.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One step of a campaign: what it does, how long after the step before it (the first: after the lead entered), and
 * with which template (an email or a text) or instructions (the agent's task, what the letter is about). Made and
 * checked by {@link Campaign#replaceSteps}.
 */
@Entity
@Table(name = "campaign_steps")
public class CampaignStep {

    /** A year: longer waits are a mistake more often than a plan. */
    public static final int MAX_DELAY_MINUTES = 525_600;
    public static final int MAX_INSTRUCTIONS = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private StepAction action;

    @Column(name = "delay_minutes", nullable = false)
    private int delayMinutes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "template_id")
    private MessageTemplate template;

    @Column(length = MAX_INSTRUCTIONS)
    private String instructions;

    protected CampaignStep() {
        // for JPA
    }

    CampaignStep(Campaign campaign, int position, StepAction action, int delayMinutes, MessageTemplate template,
            String instructions) {
        this.campaign = campaign;
        this.position = position;
        this.action = action;
        this.delayMinutes = delayMinutes;
        this.template = template;
        this.instructions = instructions;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public int getPosition() {
        return position;
    }

    public StepAction getAction() {
        return action;
    }

    public int getDelayMinutes() {
        return delayMinutes;
    }

    public MessageTemplate getTemplate() {
        return template;
    }

    public String getInstructions() {
        return instructions;
    }
}
