package org.realtycrm.pipeline.control;

import java.util.ArrayList;
import java.util.List;

import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.control.LeadPlacement;
import org.realtycrm.lead.entity.ContactDetails;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadScore;
import org.realtycrm.lead.entity.Phone;
import org.realtycrm.pipeline.control.OwnerMatches.Target;

/**
 * A lead a chunk of a list creates, before it is stored: made from its first row, joined by the chunk's later rows
 * of the same owner (their phones added, the hottest score kept), then placed by the routing rules.
 */
final class NewLead {

    private final Lead lead;
    private LeadScore score;
    private final List<Long> joinedLines = new ArrayList<>();
    /** How the rules routed it, in the timeline's words ({@link #place}). */
    private String routed;

    private NewLead(Lead lead, LeadScore score) {
        this.lead = lead;
        this.score = score;
    }

    static NewLead of(OwnerContacts owner, Target target, String source, LeadScore score, User actor) {
        Lead lead = new Lead(new ContactDetails(owner.firstName(), owner.lastName(), target.email(), target.phones()),
                source, actor);
        lead.changeTemperature(score.temperature());
        return new NewLead(lead, score);
    }

    /**
     * Places the lead where the routing rules sent it.
     *
     * @param agent the placement's agent, found; {@code null} when it has none (a pond, or nobody on duty)
     */
    void place(LeadPlacement placement, User agent) {
        if (agent != null) {
            lead.routeTo(agent, placement.ruleId(), placement.assignedAt(), placement.contactDue());
        } else if (placement.pondId() != null) {
            lead.putInPond(placement.pondId(), placement.ruleId());
        }
        routed = placement.how();
    }

    /** A later row of the chunk names the same owner: the lead takes its phones and email, and the hotter score. */
    void absorb(OwnerContacts owner, Target target, LeadScore rowScore) {
        LeadMerge.addContacts(lead, target);
        if (rowScore.points() > score.points()) {
            score = rowScore;
            lead.changeTemperature(rowScore.temperature());
        }
        joinedLines.add(owner.row().line());
    }

    Lead lead() {
        return lead;
    }

    /** The timeline's words: where the lead came from, how it was routed and why it scored as it did. */
    String summary(String where) {
        StringBuilder text = new StringBuilder("Created from ").append(where);
        if (!joinedLines.isEmpty()) {
            text.append(" (also line").append(joinedLines.size() == 1 ? " " : "s ")
                    .append(String.join(", ", joinedLines.stream().map(String::valueOf).toList())).append(')');
        }
        text.append(", ").append(routed);
        return text.append("; score ").append(score.describe()).toString();
    }
}
