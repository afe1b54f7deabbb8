package org.realtycrm.lead.boundary;

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
import org.realtycrm.lead.control.Scorecards;
import org.realtycrm.lead.entity.Scorecard;
import org.realtycrm.lead.entity.ScoringRule;
import org.realtycrm.platform.problem.StaleVersionException;

/**
 * The lead scorecard as people see it: everyone who works leads may read how they are scored; administrators change
 * the rules and bands, as a whole, against the version they read. Every change is in the audit trail.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
public class LeadScoring {

    @Inject
    Scorecards scorecards;

    @Inject
    ActivityRecorder activities;

    @Inject
    CurrentUser caller;

    public Scorecard current() {
        return scorecards.current();
    }

    /**
     * Replaces the rules and the bands of the scorecard read at {@code expectedVersion}. A save that changes
     * nothing leaves the scorecard (and its version) as it was and writes no activity.
     *
     * @throws StaleVersionException when someone else changed it since
     * @throws org.realtycrm.platform.problem.InvalidInputException naming the rule or band that cannot be
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Scorecard replace(long expectedVersion, List<ScoringRule> rules, int hotFrom, int warmFrom) {
        Scorecard card = scorecards.current();
        if (card.getVersion() != expectedVersion) {
            throw new StaleVersionException("the scorecard", Scorecard.ID, expectedVersion, card.getVersion());
        }
        // checked on a copy first, so that a refused or empty change touches nothing
        Map<String, Object> after = new Scorecard(rules, hotFrom, warmFrom).auditState();
        Map<String, FieldChange> changes = FieldChanges.between(card.auditState(), after);
        if (changes.isEmpty()) {
            return card;
        }
        card.replace(rules, hotFrom, warmFrom, caller.id());
        scorecards.write(expectedVersion);
        activities.record(caller.user(), SubjectType.SCORECARD, Scorecard.ID, ActivityAction.SCORECARD_CHANGED,
                "Scorecard changed: " + String.join(", ", changes.keySet()), changes);
        return card;
    }
}
