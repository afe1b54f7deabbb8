package org.realtycrm.campaign.ui;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.campaign.boundary.Campaigns;
import org.realtycrm.lead.ui.Brokerage;
import org.realtycrm.campaign.entity.Campaign;
import org.realtycrm.campaign.entity.CampaignKind;
import org.realtycrm.campaign.entity.WhenRefused;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.platform.problem.CrmException;

/**
 * The caller's campaigns (campaigns.xhtml; an admin's: everyone's), newest first, and a new one: its name, kind,
 * what it does with a message the compliance gate holds back for a while, and whom it is for. A new campaign is a
 * draft; its page (campaign.xhtml) takes its steps and launches it.
 */
@Named
@ViewScoped
public class CampaignsScreen implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "newCampaign";

    @Inject
    Campaigns campaigns;

    @Inject
    Brokerage brokerage;

    private List<CampaignRow> rows = List.of();
    private String name;
    private CampaignKind kind = CampaignKind.DRIP;
    private WhenRefused whenRefused = WhenRefused.HOLD;
    private LeadStatus filterStatus;
    private String filterSource;

    @PostConstruct
    void init() {
        rows = campaigns.campaigns().stream().map(campaign -> CampaignRow.of(campaign, brokerage)).toList();
    }

    /** Creates the draft and opens its page. */
    public String create() {
        try {
            Campaign created = campaigns.create(new Campaigns.CampaignInput(name, kind, whenRefused, filterStatus,
                    filterSource, null, null, null, null));
            return "/campaign?faces-redirect=true&id=" + created.getId();
        } catch (CrmException refused) {
            CampaignFields.show(refused, FORM, CampaignFields::settings);
            return null;
        }
    }

    public List<CampaignRow> getRows() {
        return rows;
    }

    public CampaignKind[] getKinds() {
        return CampaignKind.values();
    }

    public WhenRefused[] getWhenRefusedChoices() {
        return WhenRefused.values();
    }

    public LeadStatus[] getStatuses() {
        return LeadStatus.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public void setKind(CampaignKind kind) {
        this.kind = kind;
    }

    public WhenRefused getWhenRefused() {
        return whenRefused;
    }

    public void setWhenRefused(WhenRefused whenRefused) {
        this.whenRefused = whenRefused;
    }

    public LeadStatus getFilterStatus() {
        return filterStatus;
    }

    public void setFilterStatus(LeadStatus filterStatus) {
        this.filterStatus = filterStatus;
    }

    public String getFilterSource() {
        return filterSource;
    }

    public void setFilterSource(String filterSource) {
        this.filterSource = filterSource;
    }
}
