package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.util.List;

import org.realtycrm.lead.boundary.RoutingRules;
import org.realtycrm.lead.entity.LeadRoute;

/** The rule test's answer as the page says it: who would get the lead, how, and the rules passed over on the way. */
public final class RuleVerdict implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String goesTo;
    private final String how;
    private final List<String> passedOver;

    private RuleVerdict(String goesTo, String how, List<String> passedOver) {
        this.goesTo = goesTo;
        this.how = how;
        this.passedOver = List.copyOf(passedOver);
    }

    static RuleVerdict of(RoutingRules.Verdict verdict) {
        LeadRoute route = verdict.route();
        return new RuleVerdict(goesTo(route), route.words(), verdict.passedOver());
    }

    /** Whom the lead would reach: named even when no rule placed it (everyone's round robin names nobody). */
    private static String goesTo(LeadRoute route) {
        if (route.agent() != null) {
            return route.agent().getName();
        }
        if (route.pond() != null) {
            return "pond " + route.pond().getName() + ", for its members to claim";
        }
        return "nobody: no agent is on duty";
    }

    /** "Ana Lopez", "pond North, for its members to claim", "nobody: no agent is on duty". */
    public String getGoesTo() {
        return goesTo;
    }

    /** The route in the timeline's words: "routed by rule “Spanish” to Ana Lopez", "routed round-robin". */
    public String getHow() {
        return how;
    }

    /** Each rule tried before, with why it did not place the lead. */
    public List<String> getPassedOver() {
        return passedOver;
    }
}
