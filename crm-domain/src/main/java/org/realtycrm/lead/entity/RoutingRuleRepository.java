package org.realtycrm.lead.entity;

import java.util.List;
import java.util.Optional;

public interface RoutingRuleRepository {

    /** Every rule, in the order they are tried. */
    List<RoutingRule> inOrder();

    Optional<RoutingRule> find(long id);

    void add(RoutingRule rule);

    void remove(RoutingRule rule);

    /** The position after the last rule's: where a new rule goes. */
    int nextPosition();

    /** Whether a rule names this pond (as its target or its miss pond), or this team. */
    boolean namesPond(long pondId);

    boolean namesTeam(long teamId);
}
