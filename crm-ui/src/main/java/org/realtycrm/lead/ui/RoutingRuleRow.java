package org.realtycrm.lead.ui;

import java.io.Serializable;

import org.realtycrm.lead.entity.RoutingRule;

/**
 * One line of the routing screen's rules, read for showing: its conditions and target in words, names instead of
 * ids. Editing reads the rule again, so that the version it changes is the current one.
 */
public final class RoutingRuleRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int HOUR = 60;
    private static final int DAY = 24 * HOUR;

    private final long id;
    private final int position;
    private final String name;
    private final boolean active;
    private final String conditions;
    private final String target;
    private final String deadline;
    private final String ifMissed;

    private RoutingRuleRow(RoutingRule rule, RoutingNames names) {
        id = rule.getId();
        position = rule.getPosition();
        name = rule.getName();
        active = rule.isActive();
        conditions = rule.conditionsInWords();
        target = names.target(rule.getTarget(), rule.targetId());
        deadline = rule.getContactWithinMinutes() == null ? "the default"
                : duration(rule.getContactWithinMinutes());
        ifMissed = rule.getMissPondId() == null ? "next in turn" : "Pond " + names.pond(rule.getMissPondId());
    }

    static RoutingRuleRow of(RoutingRule rule, RoutingNames names) {
        return new RoutingRuleRow(rule, names);
    }

    /** "45 minutes", "1 hour", "90 minutes", "2 days": the largest unit that says it exactly. */
    static String duration(int minutes) {
        if (minutes % DAY == 0) {
            return plural(minutes / DAY, "day");
        }
        if (minutes % HOUR == 0) {
            return plural(minutes / HOUR, "hour");
        }
        return plural(minutes, "minute");
    }

    private static String plural(int amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }

    public long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public String getConditions() {
        return conditions;
    }

    public String getTarget() {
        return target;
    }

    /** How soon the agent who gets a lead by this rule must contact it. */
    public String getDeadline() {
        return deadline;
    }

    /** Where a lead goes when its agent does not contact it in time. */
    public String getIfMissed() {
        return ifMissed;
    }
}
