package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.lead.boundary.RoutingRules;
import org.realtycrm.lead.entity.LeadType;
import org.realtycrm.lead.entity.RoutingRule;
import org.realtycrm.lead.entity.RoutingTarget;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.problem.StaleVersionException;
import org.realtycrm.platform.ui.Messages;

/**
 * The routing rules (routing.xhtml, administrators only): in the order they are tried, moved up and down, added and
 * changed in a dialog, removed. The page's other parts are the rule test ({@link RuleTestPanel}), the teams
 * ({@link TeamEditor}) and the ponds ({@link PondEditor}); they reload this one when a name it shows changes.
 */
@Named
@ViewScoped
public class RoutingScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The dialog's form: its inputs carry {@link org.realtycrm.lead.entity.RoutingRuleDraft}'s field names. */
    static final String RULE_FORM = "rule";
    static final String STALE = "Someone else changed this rule while you were editing it. It has been reloaded with"
            + " their change: apply yours again.";
    static final String ORDER_CHANGED = "The rules changed meanwhile (one was added or removed). Here they are as they"
            + " are now: move it again.";

    @Inject
    RoutingRules rules;

    @Inject
    RoutingChoices choices;

    private List<RoutingRuleRow> rows = List.of();
    private RoutingRuleForm form = RoutingRuleForm.blank();

    @PostConstruct
    void init() {
        reload();
    }

    /** Reads the rules again: after a change here, or a team's or pond's name changed. */
    public void reload() {
        show(rules.inOrder());
    }

    private void show(List<RoutingRule> inOrder) {
        RoutingNames names = choices.names();
        rows = inOrder.stream().map(rule -> RoutingRuleRow.of(rule, names)).toList();
    }

    // --- the dialog ---------------------------------------------------------------------------------------------

    public void startAdding() {
        form = RoutingRuleForm.blank();
    }

    public void startEditing(long id) {
        try {
            form = RoutingRuleForm.of(rules.find(id));
        } catch (RecordNotFoundException gone) {
            reload();
            refuse("That rule was removed meanwhile.");
        }
    }

    public void save() {
        boolean adding = form.isNew();
        try {
            RoutingRule saved = adding ? rules.create(form.draft())
                    : rules.change(form.getId(), form.getVersion(), form.draft());
            Messages.info((adding ? "Added rule " : "Saved rule ") + saved.getName() + ".");
            form = RoutingRuleForm.blank();
            reload();
        } catch (StaleVersionException stale) {
            reload();
            startEditing(form.getId());
            if (!FacesContext.getCurrentInstance().isValidationFailed()) {
                refuse(STALE);
            }
        } catch (CrmException refused) {
            Messages.refused(refused, RULE_FORM);
        }
    }

    public void targetChanged() {
        form.targetChanged();
    }

    // --- the table ----------------------------------------------------------------------------------------------

    public void delete(RoutingRuleRow row) {
        try {
            rules.delete(row.getId());
            Messages.info("Removed rule " + row.getName() + ". The leads it placed stay where they are.");
        } catch (RecordNotFoundException gone) {
            Messages.info("Rule " + row.getName() + " was removed already.");
        } catch (CrmException refused) {
            Messages.error(refused.getMessage());
        }
        reload();
    }

    public void moveUp(long id) {
        move(id, -1);
    }

    public void moveDown(long id) {
        move(id, 1);
    }

    /** Sends the whole order; the boundary refuses it when the rules on the screen are no longer all the rules. */
    private void move(long id, int step) {
        Optional<List<Long>> order = RuleOrder.moved(rows.stream().map(RoutingRuleRow::getId).toList(), id, step);
        if (order.isEmpty()) {
            return;
        }
        try {
            show(rules.reorder(order.get()));
        } catch (InvalidInputException notEveryRule) {
            reload();
            Messages.error(ORDER_CHANGED);
        } catch (CrmException refused) {
            reload();
            Messages.error(refused.getMessage());
        }
    }

    /** Keeps the dialog open (its oncomplete looks at validationFailed) and says why. */
    private static void refuse(String why) {
        Messages.error(why);
        FacesContext.getCurrentInstance().validationFailed();
    }

    // --- what the page shows ------------------------------------------------------------------------------------

    public List<RoutingRuleRow> getRows() {
        return rows;
    }

    public RoutingRuleForm getForm() {
        return form;
    }

    public boolean isFirst(RoutingRuleRow row) {
        return !rows.isEmpty() && rows.get(0).getId() == row.getId();
    }

    public boolean isLast(RoutingRuleRow row) {
        return !rows.isEmpty() && rows.get(rows.size() - 1).getId() == row.getId();
    }

    public RoutingTarget[] getTargets() {
        return RoutingTarget.values();
    }

    public String targetWords(RoutingTarget target) {
        return switch (target) {
            case AGENT -> "An agent (while on duty; else the next rule)";
            case TEAM -> "A team: its members on duty, in turn";
            case POND -> "A pond: its members claim, first come";
        };
    }

    /** The select under the target kind: agents, teams or ponds. */
    public List<NamedChoice> getTargetChoices() {
        return switch (form.getTarget() == null ? RoutingTarget.AGENT : form.getTarget()) {
            case AGENT -> choices.people();
            case TEAM -> choices.teams();
            case POND -> choices.ponds();
        };
    }

    public String getTargetLabel() {
        return switch (form.getTarget() == null ? RoutingTarget.AGENT : form.getTarget()) {
            case AGENT -> "Agent";
            case TEAM -> "Team";
            case POND -> "Pond";
        };
    }

    public List<NamedChoice> getPonds() {
        return choices.ponds();
    }

    public LeadType[] getLeadTypes() {
        return LeadType.values();
    }
}
