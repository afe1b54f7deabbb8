package org.realtycrm.campaign.boundary;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.campaign.control.EmailOptOuts;
import org.realtycrm.campaign.control.Enrollments;
import org.realtycrm.campaign.entity.Campaign;
import org.realtycrm.campaign.entity.CampaignSend;
import org.realtycrm.campaign.entity.OutboxMail;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * The unsubscribe link of a campaign email (and its List-Unsubscribe header): the token is the capability, so anyone
 * holding the email may use it, without signing in (RFC 8058's one-click POST comes without cookies). The address
 * goes on the email opt-outs at once, for good, and the lead leaves every campaign.
 */
@Stateless
@PermitAll
public class Unsubscribes {

    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{48}");

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    EmailOptOuts optOuts;

    @Inject
    Enrollments enrollments;

    @Inject
    ActivityRecorder activities;

    Clock clock = Clock.systemUTC();

    /** Whether the token names a campaign email (the page shows its button only then). */
    public boolean known(String token) {
        return send(token) != null;
    }

    /** Opts the link's address out; false when it had opted out before (or the lead has no address now). */
    public boolean unsubscribe(String token) {
        CampaignSend send = send(token);
        if (send == null) {
            throw new RecordNotFoundException("unsubscribe link", "of a campaign email");
        }
        // counted for its step, also after the campaign ended for them; the first click's time is kept. One statement
        // without the row's version: two clicks at once (a mail client's one-click POST and the person) both succeed
        em.createNativeQuery("update campaign_sends set unsubscribed_at = coalesce(unsubscribed_at, ?1) where id = ?2")
                .setParameter(1, clock.instant()).setParameter(2, send.getId()).executeUpdate();
        Lead lead = em.find(Lead.class, send.getLeadId());
        Campaign campaign = em.find(Campaign.class, send.getCampaignId());
        // the address the email went to, whose holder clicked: not the lead's address now, which may have changed
        // since (opting out a new address nobody asked for, and leaving the one that asked on the list)
        OutboxMail mailed = send.getOutboxMailId() == null ? null : em.find(OutboxMail.class, send.getOutboxMailId());
        String address = mailed != null ? mailed.getToAddress() : lead.getEmail();
        if (address == null) {
            return false; // the lead's address was removed since
        }
        boolean first = optOuts.add(address.toLowerCase(Locale.ROOT), "unsubscribe link of campaign "
                + campaign.getName());
        if (first) {
            activities.record(null, SubjectType.LEAD, lead.getId(), ActivityAction.EMAIL_OPTED_OUT,
                    "No marketing email any more: unsubscribed with the link of campaign " + campaign.getName(),
                    Map.of());
        }
        enrollments.exitEverywhere(lead.getId(), "unsubscribed from email", false);
        return first;
    }

    private CampaignSend send(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return null;
        }
        return em.createQuery("select s from CampaignSend s where s.unsubscribeToken = :token", CampaignSend.class)
                .setParameter("token", token).getResultStream().findFirst().orElse(null);
    }
}
