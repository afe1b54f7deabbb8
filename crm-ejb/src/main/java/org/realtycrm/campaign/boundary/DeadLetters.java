package org.realtycrm.campaign.boundary;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.campaign.control.SendQueue;
import org.realtycrm.campaign.entity.CampaignSend;
import org.realtycrm.campaign.entity.SendStatus;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * The campaign sends that failed (the provider refused them for good, or too often): the dead letters. An admin sees
 * them and sends one, or all of a campaign's, again: under a new outbox key, since the provider took nothing under
 * the last one; the gate is asked again, as for every send.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class DeadLetters {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    SendQueue queue;

    @Inject
    CurrentUser caller;

    @Inject
    ActivityRecorder activities;

    /** A failed send, and its lead's name (read in the same query: a table shows them together). */
    public record DeadLetter(CampaignSend send, String leadName) {
    }

    /** @param campaignId one campaign's, or null for every campaign's */
    public Page<DeadLetter> list(Long campaignId, PageRequest page) {
        String where = " from CampaignSend s where s.status = :failed and (:campaign is null or s.campaignId = :campaign)";
        List<DeadLetter> items = em.createQuery("select s, l.firstName, l.lastName from CampaignSend s, Lead l"
                        + " where l.id = s.leadId and s.status = :failed and (:campaign is null or s.campaignId ="
                        + " :campaign) order by s.updatedAt desc, s.id desc", Object[].class)
                .setParameter("failed", SendStatus.FAILED).setParameter("campaign", campaignId)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(row -> new DeadLetter((CampaignSend) row[0], Lead.fullName((String) row[1], (String) row[2])))
                .toList();
        long total = em.createQuery("select count(s)" + where, Long.class).setParameter("failed", SendStatus.FAILED)
                .setParameter("campaign", campaignId).getSingleResult();
        return Page.of(items, total, page);
    }

    public CampaignSend replay(long sendId) {
        CampaignSend send = em.find(CampaignSend.class, sendId, LockModeType.PESSIMISTIC_WRITE);
        if (send == null) {
            throw new RecordNotFoundException("campaign send", sendId);
        }
        replay(send);
        queue.publish(send.getAction(), List.of(send.getId()));
        return send;
    }

    /** Replays every dead letter of a campaign; how many. */
    public int replayAll(long campaignId) {
        List<CampaignSend> failed = em.createQuery("select s from CampaignSend s where s.status = :failed"
                        + " and s.campaignId = :campaign order by s.id", CampaignSend.class)
                .setParameter("failed", SendStatus.FAILED).setParameter("campaign", campaignId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        failed.forEach(this::replay);
        queue.publish(failed.stream().collect(Collectors.groupingBy(CampaignSend::getAction,
                Collectors.mapping(CampaignSend::getId, Collectors.toList()))));
        return failed.size();
    }

    private void replay(CampaignSend send) {
        send.replay(caller.user().getName());
        activities.record(caller.user(), SubjectType.LEAD, send.getLeadId(), ActivityAction.CAMPAIGN_SEND_REPLAYED,
                "Campaign send " + send.getId() + " (" + send.getAction() + ") sent again by "
                        + caller.user().getName(), Map.of());
    }
}
