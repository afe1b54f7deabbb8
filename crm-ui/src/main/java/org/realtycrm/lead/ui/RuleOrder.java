package org.realtycrm.lead.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The order of the routing rules after moving one up or down a place: what the screen's arrows send to the boundary,
 * which takes every rule's id in the new order.
 */
final class RuleOrder {

    private RuleOrder() {
    }

    /**
     * @param step -1 to try the rule one place earlier, +1 one place later
     * @return every id in the new order; empty when the rule is not there or cannot move that way (first, last)
     */
    static Optional<List<Long>> moved(List<Long> ids, long id, int step) {
        int from = ids.indexOf(id);
        int to = from + step;
        if (from < 0 || to < 0 || to >= ids.size()) {
            return Optional.empty();
        }
        List<Long> order = new ArrayList<>(ids);
        Collections.swap(order, from, to);
        return Optional.of(order);
    }
}
