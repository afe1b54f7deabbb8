package org.realtycrm.campaign.ui;

import java.io.Serializable;

import org.realtycrm.campaign.entity.Campaign;
import org.realtycrm.lead.ui.Brokerage;

/** A campaign as the campaigns list shows it. */
public record CampaignRow(long id, String name, String kind, String status, int steps, String started,
        String ended) implements Serializable {

    static CampaignRow of(Campaign campaign, Brokerage brokerage) {
        return new CampaignRow(campaign.getId(), campaign.getName(), campaign.getKind().name(),
                campaign.getStatus().name(), campaign.getSteps().size(), brokerage.format(campaign.getStartedAt()),
                brokerage.format(campaign.getEndedAt()));
    }
}
