package org.realtycrm.campaign.ui;

import java.io.Serializable;

import org.realtycrm.campaign.entity.Campaign;

/** A campaign offered by a select: its id, and its name with its kind and status ("Spring drip · DRIP · ACTIVE"). */
public record CampaignChoice(long id, String name, String label) implements Serializable {

    static CampaignChoice of(Campaign campaign) {
        return new CampaignChoice(campaign.getId(), campaign.getName(), campaign.getName() + " · "
                + campaign.getKind() + " · " + campaign.getStatus());
    }
}
