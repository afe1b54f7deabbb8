package org.realtycrm.campaign.entity;

/**
 * A campaign's life: drafted (its steps are edited), active (its steps are sent), paused (nothing is sent; due steps
 * wait), ended (nothing more is sent, and no lead enters).
 */
public enum CampaignStatus {
    DRAFT,
    ACTIVE,
    PAUSED,
    ENDED
}
