package org.realtycrm.campaign.entity;

/**
 * How leads come into a campaign. {@link #ONE_OFF}: its audience (the leads its filter matches) is enrolled when it is
 * launched. {@link #DRIP}, an action plan: a lead enters by its entry rule as they arrive, or by hand. Both take
 * leads by hand.
 */
public enum CampaignKind {
    ONE_OFF,
    DRIP
}
