package org.realtycrm.campaign.entity;

/**
 * Why a text or call is made, which decides the rules it meets. Every purpose meets the Do-Not-Call lists and the
 * calling hours; only marketing counts against the cap on messages per recipient, so that an agent's conversation
 * with a lead is not cut off by the campaigns the lead also receives.
 */
public enum SendPurpose {
    /** An agent writing to one lead. */
    CONVERSATION,
    /** A campaign or an action plan's step. */
    MARKETING
}
