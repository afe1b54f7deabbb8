package org.realtycrm.campaign.ui;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

import org.realtycrm.campaign.entity.CampaignSend;
import org.realtycrm.lead.ui.Brokerage;

/**
 * One campaign send as a line of the lead's Campaigns section or of the dead letters: when, which campaign and
 * action, where it is, and why ({@link SendWords}).
 */
public final class SendLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long campaignId;
    private final String campaign;
    private final long leadId;
    private final String action;
    private final String status;
    private final String statusWords;
    private final String tone;
    private final List<String> why;
    private final String at;
    private final int tries;
    private final int failures;

    private SendLine(CampaignSend send, String campaign, Brokerage brokerage) {
        this.id = send.getId();
        this.campaignId = send.getCampaignId();
        this.campaign = campaign;
        this.leadId = send.getLeadId();
        this.action = send.getAction().name();
        this.status = send.getStatus().name();
        this.statusWords = SendWords.status(send, brokerage::format);
        this.tone = SendWords.tone(send.getStatus());
        this.why = List.copyOf(SendWords.why(send, ZoneId.of(brokerage.getZoneId())));
        this.at = brokerage.format(send.getSentAt() != null ? send.getSentAt() : send.getUpdatedAt());
        this.tries = send.getTries();
        this.failures = send.getFailures();
    }

    /** @param campaign the campaign's name as the caller's list of campaigns has it */
    static SendLine of(CampaignSend send, String campaign, Brokerage brokerage) {
        return new SendLine(send, campaign, brokerage);
    }

    public long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getCampaign() {
        return campaign;
    }

    public long getLeadId() {
        return leadId;
    }

    public String getAction() {
        return action;
    }

    /** The status's name (SENT, REFUSED …): what a filter or a style keys on. */
    public String getStatus() {
        return status;
    }

    /** The status in words ("Held until …", "Not sent"). */
    public String getStatusWords() {
        return statusWords;
    }

    public String getTone() {
        return tone;
    }

    public List<String> getWhy() {
        return why;
    }

    /** When it went (or, not gone, when it last changed), on the brokerage's clock. */
    public String getAt() {
        return at;
    }

    public int getTries() {
        return tries;
    }

    public int getFailures() {
        return failures;
    }
}
