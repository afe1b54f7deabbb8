package org.realtycrm.campaign.control;

import java.util.List;

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

    /** The campaign with its steps and their templates, which its callers show after their transaction. */
    public Campaign campaign(long id) {
        Campaign campaign = em.createQuery("select c from Campaign c left join fetch c.steps s"
                        + " left join fetch s.template where c.id = :id order by s.position", Campaign.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
        if (campaign == null || !mayUse(campaign.getOwnerId())) {
            throw new RecordNotFoundException("campaign", id);
        }
        return campaign;
    }

    /** The caller's campaigns (an admin's: all), newest first, each with its steps and their templates. */
    public List<Campaign> campaigns() {
        return em.createQuery("select c from Campaign c left join fetch c.steps s left join fetch s.template"
                        + " where :all = true or c.ownerId = :owner order by c.createdAt desc, c.id desc, s.position",
                        Campaign.class)
                .setParameter("all", seesAll()).setParameter("owner", caller.id()).getResultList();
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
