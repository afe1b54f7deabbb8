package org.realtycrm.campaign.entity;

/**
 * How a recipient is reached. By telephone (SMS, CALL) the Do-Not-Call lists and the calling hours hold; by EMAIL the
 * address's opt-outs.
 */
public enum Channel {
    SMS,
    CALL,
    EMAIL
}
