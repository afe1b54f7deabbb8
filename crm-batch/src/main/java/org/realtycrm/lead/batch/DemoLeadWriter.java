package org.realtycrm.lead.batch;

import java.util.List;
import java.util.Map;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChange;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.control.LeadRouter;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadRepository;
import org.realtycrm.lead.entity.LeadStatus;

/**
 * Stores generated leads the way the API would: routed round-robin, with a creation entry and one entry per
 * status step on each timeline (the actor is the system). One chunk is one transaction. Demo leads stand for history,
 * not news, so their agents get no assignment notifications.
 */
@Dependent
@Named("demoLeadWriter")
public class DemoLeadWriter extends AbstractItemWriter {

    // the road a lead travels to reach each status
    private static final Map<LeadStatus, List<LeadStatus>> PATHS = Map.of(
            LeadStatus.NEW, List.of(),
            LeadStatus.CONTACTED, List.of(LeadStatus.CONTACTED),
            LeadStatus.QUALIFIED, List.of(LeadStatus.CONTACTED, LeadStatus.QUALIFIED),
            LeadStatus.NURTURE, List.of(LeadStatus.CONTACTED, LeadStatus.NURTURE),
            LeadStatus.UNDER_CONTRACT, List.of(LeadStatus.CONTACTED, LeadStatus.QUALIFIED, LeadStatus.UNDER_CONTRACT),
            LeadStatus.CLOSED, List.of(LeadStatus.CONTACTED, LeadStatus.QUALIFIED, LeadStatus.UNDER_CONTRACT,
                    LeadStatus.CLOSED),
            LeadStatus.LOST, List.of(LeadStatus.CONTACTED, LeadStatus.LOST));

    @Inject
    LeadRepository leads;

    @Inject
    LeadRouter router;

    @Inject
    ActivityRecorder activities;

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
            leads.add(lead);
            activities.record(null, SubjectType.LEAD, lead.getId(), ActivityAction.LEAD_CREATED,
                    "Created from " + lead.getSource() + " (demo data), routed round-robin",
                    FieldChanges.created(lead.auditState()));
            for (LeadStatus step : PATHS.get(prepared.targetStatus())) {
                String from = lead.getStatus().name();
                lead.moveTo(step);
                activities.record(null, SubjectType.LEAD, lead.getId(), ActivityAction.STATUS_CHANGED,
                        "Status " + from + " → " + step, Map.of("status", new FieldChange(from, step.name())));
            }
        }
    }
}
