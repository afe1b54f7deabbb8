package org.realtycrm.lead.control;

import java.time.Instant;
import java.util.List;

import org.realtycrm.lead.entity.LeadRoute;

/**
 * Where a new lead of an import goes, by ids: taken in a short transaction of its own ({@link ImportRouting}) and
 * stored later in the chunk's, when the entities it was read from are no longer managed.
 *
 * @param assignedAt  when its agent got it; {@code null} without an agent
 * @param contactDue  its speed-to-lead deadline; {@code null}: none
 * @param how         how it was routed, in the timeline's words ("routed by rule “Zillow” to Ana Lopez")
 * @param pondName    its pond's name; {@code null} unless in a pond
 * @param pondMembers who is told it is in their pond (empty unless in a pond)
 */
public record LeadPlacement(Long agentId, Long pondId, Long ruleId, Instant assignedAt, Instant contactDue,
        String how, String pondName, List<Long> pondMembers) {

    public LeadPlacement {
        pondMembers = List.copyOf(pondMembers);
    }

    /** A lead an agent imports for themselves: theirs, without a deadline, routed by nobody. */
    public static LeadPlacement ownedBy(long agentId) {
        return new LeadPlacement(agentId, null, null, null, null, null, null, List.of());
    }

    static LeadPlacement of(LeadRoute route, Instant now) {
        return new LeadPlacement(route.agent() == null ? null : route.agent().getId(),
                route.pond() == null ? null : route.pond().getId(),
                route.rule() == null ? null : route.rule().getId(),
                route.agent() == null ? null : now, route.contactDue(), route.words(),
                route.pond() == null ? null : route.pond().getName(),
                route.pond() == null ? List.of() : List.copyOf(route.pond().getMemberIds()));
    }
}
