package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.lead.boundary.LeadScoring;
import org.realtycrm.lead.entity.Scorecard;
import org.realtycrm.lead.entity.ScoringSignal;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.StaleVersionException;
import org.realtycrm.platform.ui.Messages;

/**
 * The lead scorecard (scoring.xhtml, administrators only): its rules as an editable table, the bands, and a "try it"
 * that scores an owner with the rules as they stand on the screen. Saving replaces the whole scorecard.
 */
@Named
@ViewScoped
public class ScoringScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's client id: the bands' inputs carry their field names, the rules' rows {@link ScorecardFields}. */
    static final String FORM = "scorecard";
    static final String STALE = "Someone else changed the scorecard while you were editing it. It has been reloaded"
            + " with their change: apply yours again.";

    @Inject
    LeadScoring scoring;

    private ScorecardForm form;
    private final ScoringTryout tryout = new ScoringTryout();

    @PostConstruct
    void init() {
        reload();
    }

    public void reload() {
        form = ScorecardForm.of(scoring.current());
    }

    public void save() {
        try {
            Scorecard saved = scoring.replace(form.getVersion(), form.toRules(), form.getHotFrom(),
                    form.getWarmFrom());
            form = ScorecardForm.of(saved);
            Messages.info("Saved the scorecard.");
        } catch (StaleVersionException stale) {
            changedMeanwhile();
        } catch (CrmException refused) {
            refuse(refused);
        }
    }

    public void addRule() {
        form.addRow();
    }

    public void removeRule(int index) {
        form.removeRow(index);
    }

    public void tryIt() {
        try {
            tryout.score(form);
        } catch (InvalidInputException invalid) {
            tryout.forget();
            refuse(invalid);
        }
    }

    private void changedMeanwhile() {
        reload();
        tryout.forget();
        Messages.error(STALE);
    }

    private static void refuse(CrmException refused) {
        Messages.refused(refused, FORM, ScorecardFields::placed);
    }

    public List<ScoringSignal> getSignals() {
        return List.of(ScoringSignal.values());
    }

    public ScorecardForm getForm() {
        return form;
    }

    public ScoringTryout getTryout() {
        return tryout;
    }
}
