package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.lead.boundary.Ponds;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.ui.Messages;

/**
 * The Ponds screen (ponds.xhtml, agents and admins): the leads waiting in the caller's ponds (an admin's: every
 * pond), and the claim that makes one theirs. The first claim wins; a later one is told so and sees the pond as it is
 * now.
 */
@Named
@ViewScoped
public class PondsScreen implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Leads shown per pond: a pond is worked from its oldest lead, and a claimed one makes room for the next. */
    static final int SHOWN_PER_POND = 50;
    static final String CLAIMED_FIRST = "Someone claimed it first. The pond is shown as it is now.";

    @Inject
    Ponds ponds;

    @Inject
    Brokerage brokerage;

    private List<WaitingPond> shown = List.of();
    /** The lead just claimed, linked from the page until the next claim. */
    private Long claimedId;
    private String claimedName;

    @PostConstruct
    void init() {
        reload();
    }

    public void reload() {
        PageRequest oldestFirst = new PageRequest(0, SHOWN_PER_POND);
        shown = ponds.visible().stream().map(pond -> WaitingPond.of(pond, ponds.waiting(pond.getId(), oldestFirst)))
                .toList();
    }

    public void claim(WaitingLead lead) {
        try {
            Lead mine = ponds.claim(lead.getId());
            claimedId = mine.getId();
            claimedName = mine.fullName();
            Messages.info("Claimed " + claimedName + ": the lead is yours."
                    + (mine.getContactDueAt() == null ? ""
                            : " Contact them by " + brokerage.format(mine.getContactDueAt()) + "."));
        } catch (ConflictException gone) {
            Messages.error(CLAIMED_FIRST);
        } catch (RecordNotFoundException gone) {
            // removed from the pond's members, or the lead deleted, since the page was shown
            Messages.error(lead.getName() + " is no longer waiting in one of your ponds.");
        } catch (CrmException refused) {
            Messages.error(refused.getMessage());
        }
        reload();
    }

    public List<WaitingPond> getPonds() {
        return shown;
    }

    public Long getClaimedId() {
        return claimedId;
    }

    public String getClaimedName() {
        return claimedName;
    }
}
