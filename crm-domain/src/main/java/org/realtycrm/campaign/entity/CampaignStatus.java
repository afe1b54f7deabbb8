package org.realtycrm.campaign.entity;

/**
 * A campaign's life: drafted (its steps are edited), active (its steps are sent), paused (nothing is sent; due steps
 * wait), ended (nothing more is sent, and no lead enters).
 */
public enum CampaignStatus {
    DRAFT,
    ACTIVE,
    PAUSED,
    ENDED;

    /** Only a draft is launched. */
    public boolean mayLaunch() {
        return this == DRAFT;
    }

    public boolean mayPause() {
        return this == ACTIVE;
    }

    public boolean mayResume() {
        return this == PAUSED;
    }

    /** Anything but an ended campaign ends (a draft too: it never ran). */
    public boolean mayEnd() {
        return this != ENDED;
    }
}
