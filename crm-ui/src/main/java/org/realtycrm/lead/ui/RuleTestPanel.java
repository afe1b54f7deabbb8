package org.realtycrm.lead.ui;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.lead.boundary.RoutingRules;
import org.realtycrm.lead.entity.LeadType;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.ui.Messages;

/**
 * The routing screen's rule test: where a sample lead would go now by the saved rules and who is on duty, and the
 * rules passed over on the way. Nothing is routed and no turn is taken.
 */
@Named
@ViewScoped
public class RuleTestPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's client id: its inputs carry {@link RuleTestForm}'s field names. */
    static final String FORM = "ruleTest";

    @Inject
    RoutingRules rules;

    private final RuleTestForm form = new RuleTestForm();
    /** The last answer, shown until the next test. */
    private RuleVerdict verdict;

    public void run() {
        verdict = null;
        try {
            verdict = RuleVerdict.of(rules.test(form.facts()));
        } catch (CrmException refused) {
            Messages.refused(refused, FORM);
        }
    }

    public RuleTestForm getForm() {
        return form;
    }

    public RuleVerdict getVerdict() {
        return verdict;
    }

    public LeadType[] getLeadTypes() {
        return LeadType.values();
    }
}
