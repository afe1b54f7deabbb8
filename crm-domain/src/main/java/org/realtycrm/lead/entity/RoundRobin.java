package org.realtycrm.lead.entity;

import java.util.List;
import java.util.Optional;

/** Takes turns: the next agent after the one who had the last turn, wrapping around; newcomers join in id order. */
public final class RoundRobin {

    private RoundRobin() {
    }

    /**
     * @param agentIdsInTurnOrder the active agents, in ascending id order
     * @param lastAgentId         whose turn it was last, or {@code null}; they may since have been deactivated
     */
    public static Optional<Long> next(List<Long> agentIdsInTurnOrder, Long lastAgentId) {
        if (agentIdsInTurnOrder.isEmpty()) {
            return Optional.empty();
        }
        if (lastAgentId != null) {
            for (Long id : agentIdsInTurnOrder) {
                if (id > lastAgentId) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.of(agentIdsInTurnOrder.get(0));
    }
}
