package org.realtycrm.lead.control;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.Activity;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadRoute;
import org.realtycrm.lead.entity.LeadFacts;
import org.realtycrm.lead.entity.LeadIntake;
import org.realtycrm.lead.entity.LeadRepository;
import org.realtycrm.notification.control.LeadAssignedNotices;

/**
 * Stores a new lead, one at a time, that its caller has checked and assigned (or left unassigned): counted by how it
 * came in once it commits, its creation on its timeline, its agent told unless the agent made it. The one place for
 * what such a lead gets, whether it came through the API, a screen or an inbound inquiry; imports store theirs
 * set-based ({@link StoredLead}, {@link ImportAudit}).
 */
@ApplicationScoped
public class NewLeads {

    @Inject
    LeadRepository leads;

    @Inject
    ActivityRecorder activities;

    @Inject
    LeadAssignedNotices notices;

    @Inject
    Event<LeadsCreated> created;

    @Inject
    LeadRouter router;

    @Inject
    OnePersonAtATime onePersonAtATime;

    Clock clock = Clock.systemUTC();

    /**
     * @param actor   who made it; {@code null} for the system
     * @param summary its creation entry's words ("Created from Zillow, routed round-robin")
     * @param toldHow how its agent is told it arrived ("routed round-robin", "assigned by Ana")
     * @return its creation entry
     */
    public Activity store(Lead lead, LeadIntake how, User actor, String summary, String toldHow) {
        leads.add(lead);
        created.fire(new LeadsCreated(how, 1));
        Activity entry = activities.record(actor, SubjectType.LEAD, lead.getId(), ActivityAction.LEAD_CREATED,
                summary, FieldChanges.created(lead.auditState()));
        User owner = lead.getAssignedAgent();
        if (owner != null && (actor == null || !owner.getId().equals(actor.getId()))) {
            notices.announce(lead, owner, entry.getId(), toldHow);
        }
        return entry;
    }

    /**
     * Stores a lead that arrived by itself (an inquiry, a text, an email from someone new), routed by the rules; its
     * creation entry says where it went.
     *
     * @param summary its creation entry's words before how it was routed ("Created from a text by a number no lead
     *                had")
     */
    public Activity storeInbound(Lead lead, String summary, String toldHow) {
        return storeRouted(lead, LeadIntake.INBOUND, null, summary, toldHow);
    }

    /**
     * Stores a lead that has no owner yet, routed by the rules ({@link LeadRouter}): to an agent (who is told, and
     * whose speed-to-lead clock starts), into a pond (whose members are told), or unassigned when nobody is on duty.
     *
     * @param summary its creation entry's words before how it was routed ("Created from Zillow")
     * @param toldHow how its agent is told it arrived ("a text"); {@code null}: how it was routed
     */
    public Activity storeRouted(Lead lead, LeadIntake how, User actor, String summary, String toldHow) {
        Instant now = clock.instant();
        LeadRoute route = router.route(LeadFacts.of(lead), now);
        Long ruleId = route.rule() == null ? null : route.rule().getId();
        if (route.agent() != null) {
            lead.routeTo(route.agent(), ruleId, now, route.contactDue());
        } else if (route.pond() != null) {
            lead.putInPond(route.pond().getId(), ruleId);
        }
        Activity entry = store(lead, how, actor, summary + ", " + route.words(),
                toldHow == null ? route.words() : toldHow);
        if (route.pond() != null) {
            notices.announceInPond(lead, route.pond().getMemberIds(), entry.getId(), route.words());
        }
        return entry;
    }

    /**
     * The lead a person who wrote to us already is, or {@code candidate} stored for them, routed. Two arrivals of one
     * new person at once take turns ({@link OnePersonAtATime}), so the second finds the first's lead.
     *
     * @param known the person's live lead, looked up once the turn is held
     */
    public Lead knownOrStoredInbound(Lead candidate, Supplier<Optional<Lead>> known, String summary, String toldHow) {
        onePersonAtATime.lock(candidate);
        Optional<Lead> existing = known.get();
        if (existing.isPresent()) {
            return existing.get();
        }
        storeInbound(candidate, summary, toldHow);
        return candidate;
    }
}
