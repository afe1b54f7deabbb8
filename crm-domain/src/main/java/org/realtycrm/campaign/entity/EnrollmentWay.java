package org.realtycrm.campaign.entity;

/** How a lead came into a campaign: put in by a user, as the one-off campaign's audience, or by the entry rule. */
public enum EnrollmentWay {
    HAND,
    AUDIENCE,
    RULE
}
