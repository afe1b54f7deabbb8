package org.realtycrm.campaign.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.campaign.boundary.Campaigns;
import org.realtycrm.campaign.boundary.DeadLetters;
import org.realtycrm.campaign.entity.Campaign;
import org.realtycrm.identity.ui.SignedInUser;
import org.realtycrm.lead.ui.Brokerage;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.ui.ErrorPages;
import org.realtycrm.platform.ui.Messages;

/**
 * The dead letters (dead-letters.xhtml, administrators only): the campaign sends the provider refused for good or
 * too often, newest first, all campaigns' or one's, with the provider's error; each sent again on its own, or all of
 * one campaign's at once. A replayed send passes the compliance gate again, as every send does.
 */
@Named
@ViewScoped
public class DeadLettersScreen implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    /** A dead letter as its table shows it. */
    public record DeadLetterRow(SendLine send, String lead) implements Serializable {
    }

    @Inject
    DeadLetters deadLetters;

    @Inject
    Campaigns campaigns;


    @Inject
    Brokerage brokerage;

    @Inject
    SignedInUser me;

    private Map<Long, String> campaignNames = Map.of();
    private List<CampaignChoice> choices = List.of();
    /** The campaign whose dead letters are shown (and replayed all at once); null for every campaign's. */
    private Long campaignId;
    private int page;
    private List<DeadLetterRow> rows;
    private long total;

    /**
     * The view action. The boundary refuses agents too, but with a failure; the page refuses them the way an
     * administrators' page does, with the "not for your account" page, before it reads anything.
     */
    public void open() {
        if (!me.isAdmin()) {
            ErrorPages.send(403, "Dead letters are for administrators");
            return;
        }
        List<Campaign> all = campaigns.campaigns();
        campaignNames = all.stream().collect(Collectors.toMap(Campaign::getId, Campaign::getName));
        choices = all.stream().map(CampaignChoice::of).toList();
    }

    public List<DeadLetterRow> getRows() {
        if (rows == null) {
            Page<DeadLetters.DeadLetter> read = deadLetters.list(campaignId, new PageRequest(page, PAGE_SIZE));
            total = read.total();
            rows = read.items().stream().map(letter -> new DeadLetterRow(SendLine.of(letter.send(), campaignName(
                    letter.send().getCampaignId()), brokerage), letter.leadName())).toList();
        }
        return rows;
    }

    private String campaignName(long id) {
        return campaignNames.getOrDefault(id, "Campaign " + id);
    }

    /** Shows the chosen campaign's dead letters (or every campaign's), from the newest. */
    public void filter() {
        page = 0;
        rows = null;
    }

    public void older() {
        page++;
        rows = null;
    }

    public void newer() {
        page = Math.max(0, page - 1);
        rows = null;
    }

    public boolean isOlder() {
        getRows();
        return (long) (page + 1) * PAGE_SIZE < total;
    }

    public boolean isNewer() {
        return page > 0;
    }

    public long getTotal() {
        getRows();
        return total;
    }

    public void replay(long sendId) {
        try {
            deadLetters.replay(sendId);
            Messages.info("Send " + sendId + " is queued again: it passes the compliance gate again before it goes.");
            rows = null;
        } catch (CrmException refused) {
            Messages.refused(refused, "deadLetters");
        }
    }

    /** Replays every dead letter of the chosen campaign. */
    public void replayAll() {
        if (campaignId == null) {
            Messages.error("Choose the campaign whose dead letters to send again.");
            return;
        }
        replayAllOf(campaignId);
    }

    /** Replays every dead letter of one campaign (a row's). */
    public void replayAllOf(long campaign) {
        try {
            int replayed = deadLetters.replayAll(campaign);
            Messages.info(replayed == 0 ? campaignName(campaign) + " has no dead letter."
                    : replayed + (replayed == 1 ? " send" : " sends") + " of " + campaignName(campaign)
                            + " queued again.");
            page = 0;
            rows = null;
        } catch (CrmException refused) {
            Messages.refused(refused, "deadLetters");
        }
    }

    public List<CampaignChoice> getChoices() {
        return choices;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }
}
