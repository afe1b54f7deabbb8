package org.realtycrm.report.boundary;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChange;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.report.entity.SourceCost;
import org.realtycrm.report.entity.SourceCostRepository;

/**
 * What each lead source cost per month, kept by admins for the source ROI report: entered, replaced and removed,
 * each change audited.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SourceCosts {

    /** What {@link #set} did: the cost as it now is, and whether it was new. */
    public record Outcome(SourceCost cost, boolean created) {
    }

    @Inject
    SourceCostRepository costs;

    @Inject
    ActivityRecorder activities;

    @Inject
    CurrentUser caller;

    public List<SourceCost> all() {
        return costs.all();
    }

    public SourceCost find(String source, YearMonth month) {
        return costs.find(SourceCost.source(source), month)
                .orElseThrow(() -> new RecordNotFoundException("cost of source " + source + " for", month));
    }

    /** Enters the source's cost for the month, replacing the amount and note entered before, if any. */
    public Outcome set(String source, YearMonth month, long amountCents, String note) {
        String tidied = SourceCost.source(source);
        SourceCost cost = costs.find(tidied, month).orElse(null);
        if (cost == null) {
            cost = new SourceCost(tidied, month, amountCents, note);
            costs.add(cost);
            record(cost, "entered", FieldChanges.created(cost.auditState()));
            return new Outcome(cost, true);
        }
        Map<String, Object> before = cost.auditState();
        cost.change(amountCents, note);
        record(cost, "replaced", FieldChanges.between(before, cost.auditState()));
        return new Outcome(cost, false);
    }

    public void remove(String source, YearMonth month) {
        SourceCost cost = find(source, month);
        Map<String, Object> before = cost.auditState();
        costs.remove(cost);
        activities.record(caller.user(), SubjectType.SOURCE_COST, cost.getId(), ActivityAction.SOURCE_COST_REMOVED,
                summary(cost, "removed"), FieldChanges.between(before, Map.of()));
    }

    private void record(SourceCost cost, String what, Map<String, FieldChange> changes) {
        activities.record(caller.user(), SubjectType.SOURCE_COST, cost.getId(), ActivityAction.SOURCE_COST_SET,
                summary(cost, what), changes);
    }

    private static String summary(SourceCost cost, String what) {
        return "Cost of " + cost.getSource() + " for " + cost.getMonth() + " " + what;
    }
}
