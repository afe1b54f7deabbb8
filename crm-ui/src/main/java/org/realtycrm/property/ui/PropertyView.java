package org.realtycrm.property.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.lead.boundary.Leads;
import org.realtycrm.lead.entity.LeadQuery;
import org.realtycrm.lead.ui.Brokerage;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.ui.ErrorPages;
import org.realtycrm.platform.ui.Messages;
import org.realtycrm.property.boundary.Properties;
import org.realtycrm.property.entity.LeadPropertyRelation;

/**
 * A listing's page (property.xhtml?id=N): photos, facts, price and status history, a map, the linked leads the
 * caller may see, and linking one of the caller's leads to it. A property the caller may not see (another agent's
 * off-MLS property) answers 404, like a missing one.
 */
@Named
@ViewScoped
public class PropertyView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SUGGESTIONS = 10;

    @Inject
    Properties properties;

    @Inject
    Leads leads;

    @Inject
    Brokerage brokerage;

    private Long id;
    private ListingDetail listing;
    private Choice lead;
    private LeadPropertyRelation relation = LeadPropertyRelation.INTERESTED_IN;

    public void open() {
        if (id == null) {
            ErrorPages.send(404, "No such listing");
            return;
        }
        try {
            listing = new ListingDetail(properties.read(id), brokerage);
        } catch (RecordNotFoundException e) {
            ErrorPages.send(404, "No such listing");
        }
    }

    /** The caller's leads (an agent's own, an admin's all) whose name, email or phone matches. */
    public List<Choice> completeLead(String text) {
        return leads.search(new LeadQuery(Set.of(), Set.of(), null, null, text, null), new PageRequest(0, SUGGESTIONS))
                .items().stream()
                .map(found -> new Choice(found.getId(), found.getEmail() == null ? found.fullName()
                        : found.fullName() + " · " + found.getEmail()))
                .toList();
    }

    public void link() {
        if (lead == null) {
            Messages.error("Choose a lead first.");
            return;
        }
        try {
            boolean created = properties.link(lead.getId(), id, relation).created();
            Messages.info(created ? "Linked." : "Already linked that way.");
            listing = new ListingDetail(properties.read(id), brokerage);
            lead = null;
        } catch (CrmException refused) {
            Messages.refused(refused, "linkForm");
        }
    }


    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ListingDetail getListing() {
        return listing;
    }

    public String getTitle() {
        return listing == null ? "Listing" : listing.getAddress();
    }

    public Choice getLead() {
        return lead;
    }

    public void setLead(Choice lead) {
        this.lead = lead;
    }

    public LeadPropertyRelation getRelation() {
        return relation;
    }

    public void setRelation(LeadPropertyRelation relation) {
        this.relation = relation;
    }
}
