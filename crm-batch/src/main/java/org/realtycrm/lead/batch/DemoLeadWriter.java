package org.realtycrm.lead.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChange;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.control.LeadRouter;
import org.realtycrm.lead.control.LeadsCreated;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadIntake;
import org.realtycrm.lead.entity.LeadRepository;
import org.realtycrm.lead.entity.LeadStatus;

/**
 * Stores generated leads the way the API would, routed round-robin, but as history: each lead arrived when its
 * {@link DemoHistory} says, walked its status steps at their moments through the entity's own rules (which keep
 * {@code first_contacted_at}), and had its follow-up scheduled with its last change. The timeline shows the same
 * moments: a creation entry, one entry per status step and one for the follow-up, by the system. The lead is built
 * completely before it is stored, so it is one insert, with no update after it. One chunk is one transaction. Demo
 * leads stand for history, not news, so their agents get no assignment notifications.
 */
@Dependent
@Named("demoLeadWriter")
public class DemoLeadWriter extends AbstractItemWriter {

    @Inject
    LeadRepository leads;

    @Inject
    LeadRouter router;

    @Inject
    ActivityRecorder activities;

    @Inject
    Event<LeadsCreated> created;

    /** One entry of a demo lead's timeline, at the moment it happened. */
    record PastEntry(Instant at, ActivityAction action, String summary, Map<String, FieldChange> changes) {
    }

    @Override
    public void writeItems(List<Object> items) {
        // the whole chunk is routed at once: one lock on the turn pointer, one read of the agents
        List<User> agents = router.nextAgents(items.size());
        for (int i = 0; i < items.size(); i++) {
            PreparedLead prepared = (PreparedLead) items.get(i);
            Lead lead = prepared.lead();
            if (!agents.isEmpty()) {
                lead.assignTo(agents.get(i));
            }
            List<PastEntry> timeline = relive(lead, prepared.history());
            leads.add(lead);
            for (PastEntry entry : timeline) {
                activities.recordPast(entry.at(), null, SubjectType.LEAD, lead.getId(), entry.action(),
                        entry.summary(), entry.changes());
            }
        }
        created.fire(new LeadsCreated(LeadIntake.DEMO, items.size()));
    }

    /**
     * Gives a lead that is not stored yet its history, through the lead's own rules (legal transitions, the first
     * contact kept by the lead), and says what its timeline shows: the arrival, each status step, and the follow-up
     * scheduled in the same save as the last step, as the lead's form does.
     */
    static List<PastEntry> relive(Lead lead, DemoHistory history) {
        lead.arrivedAt(history.createdAt());
        List<PastEntry> timeline = new ArrayList<>();
        timeline.add(new PastEntry(history.createdAt(), ActivityAction.LEAD_CREATED,
                "Created from " + lead.getSource() + " (demo data), routed round-robin",
                FieldChanges.created(lead.auditState())));
        for (DemoHistory.Step step : history.steps()) {
            LeadStatus from = lead.getStatus();
            lead.moveTo(step.status(), step.at());
            timeline.add(new PastEntry(step.at(), ActivityAction.STATUS_CHANGED,
                    "Status " + from + " → " + step.status(),
                    Map.of("status", new FieldChange(from.name(), step.status().name()))));
        }
        Map<String, Object> before = lead.auditState();
        lead.scheduleFollowUp(history.nextFollowUpAt());
        Map<String, FieldChange> followUp = FieldChanges.between(before, lead.auditState());
        if (!followUp.isEmpty()) {
            timeline.add(new PastEntry(history.lastChangedAt(), ActivityAction.LEAD_UPDATED,
                    "Updated " + String.join(", ", followUp.keySet()), followUp));
        }
        return timeline;
    }
}
