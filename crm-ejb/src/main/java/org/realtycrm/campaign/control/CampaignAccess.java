package org.realtycrm.campaign.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.campaign.entity.Campaign;
import org.realtycrm.campaign.entity.MessageTemplate;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.entity.LeadVisibility;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * Whose campaigns and templates a caller reaches: an admin all of them, an agent their own (as with leads, another's
 * is "not found", not "forbidden": its existence is not told). The one place the campaigns' access rule lives.
 */
@ApplicationScoped
public class CampaignAccess {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentUser caller;

    public boolean seesAll() {
        return !caller.leadVisibility().isRestricted();
    }

    public boolean mayUse(long ownerId) {
        return seesAll() || ownerId == caller.id();
    }

    public Campaign campaign(long id) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null || !mayUse(campaign.getOwnerId())) {
            throw new RecordNotFoundException("campaign", id);
        }
        return campaign;
    }

    public MessageTemplate template(long id) {
        MessageTemplate template = em.find(MessageTemplate.class, id);
        if (template == null || !mayUse(template.getOwnerId())) {
            throw new RecordNotFoundException("template", id);
        }
        return template;
    }

    /** The leads a campaign may take: all of them for an admin's campaign, its owner's for an agent's. */
    public LeadVisibility leadsOf(Campaign campaign) {
        User owner = em.find(User.class, campaign.getOwnerId());
        return owner.getRole() == Role.ADMIN ? LeadVisibility.all() : LeadVisibility.assignedTo(owner.getId());
    }
}
