package org.realtycrm.campaign.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.campaign.boundary.Campaigns;
import org.realtycrm.campaign.entity.Campaign;
import org.realtycrm.lead.ui.Brokerage;
import org.realtycrm.lead.ui.LeadView;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.ui.Messages;

/**
 * The "Campaigns" section of a lead's page: putting the lead into one of the caller's campaigns that still take
 * leads, and every campaign send to the lead, newest first, with where it is and why it went or did not (the
 * compliance gate's reasons with their detail, the provider's error, why it was skipped). An admin reads here, for
 * any recipient, why each message was or was not sent.
 */
@Named
@ViewScoped
public class LeadCampaigns implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "leadCampaigns";

    @Inject
    Campaigns campaigns;

    @Inject
    LeadView lead;

    @Inject
    Brokerage brokerage;

    /** The caller's campaigns by id (an admin's: everyone's): the sends name theirs. */
    private Map<Long, String> names;
    private List<CampaignChoice> choices;
    private List<SendLine> sends;
    private Long campaignId;

    /** The caller's campaigns that take leads now (every one not ended), newest first. */
    public List<CampaignChoice> getChoices() {
        if (choices == null) {
            readCampaigns();
        }
        return choices;
    }

    public List<SendLine> getSends() {
        if (sends == null) {
            if (names == null) {
                readCampaigns();
            }
            sends = campaigns.sendsTo(lead.getId()).stream()
                    .map(send -> SendLine.of(send, names.getOrDefault(send.getCampaignId(),
                            "Campaign " + send.getCampaignId()), brokerage))
                    .toList();
        }
        return sends;
    }

    public void putIn() {
        if (campaignId == null) {
            Messages.error("Choose the campaign to put this lead into.");
            return;
        }
        String name = names == null ? "the campaign" : names.getOrDefault(campaignId, "the campaign");
        try {
            // a mutable list: the boundary asks it whether it holds a null, which an immutable list refuses to answer
            Campaigns.EnrollOutcome outcome = campaigns.enroll(campaignId, new ArrayList<>(List.of(lead.getId())));
            if (!outcome.enrolled().isEmpty()) {
                Messages.info("Put in " + name + ".");
                campaignId = null;
            } else if (!outcome.alreadyIn().isEmpty()) {
                Messages.warn("Already in " + name + ": a lead goes through a campaign once.");
            } else {
                Messages.error(name + " cannot take this lead: an agent's campaign takes only the agent's own leads.");
            }
            sends = null;
            lead.timelineChanged();
        } catch (CrmException refused) {
            CampaignFields.show(refused, FORM, CampaignFields::above);
        }
    }

    /** Reads the sends again: the ticker and the sender move them on while the page is open. */
    public void refresh() {
        sends = null;
    }

    private void readCampaigns() {
        List<Campaign> all = campaigns.campaigns();
        Map<Long, String> byId = new HashMap<>();
        all.forEach(campaign -> byId.put(campaign.getId(), campaign.getName()));
        names = byId;
        choices = all.stream().filter(Campaign::takesLeads).map(CampaignChoice::of).toList();
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }
}
