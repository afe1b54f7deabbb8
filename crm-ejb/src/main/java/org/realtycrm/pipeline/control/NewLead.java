package org.realtycrm.pipeline.control;

import java.util.ArrayList;
import java.util.List;

import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.entity.ContactDetails;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadScore;
import org.realtycrm.lead.entity.Phone;
import org.realtycrm.pipeline.control.OwnerMatches.Target;

/**
 * A lead a chunk of a list creates, before it is stored: made from its first row, joined by the chunk's later rows
 * of the same owner (their phones added, the hottest score kept), routed to its agent.
 */
final class NewLead {

    private final Lead lead;
    private final boolean routed;
    private LeadScore score;
    private final List<Long> joinedLines = new ArrayList<>();

    private NewLead(Lead lead, LeadScore score, boolean routed) {
        this.lead = lead;
        this.score = score;
        this.routed = routed;
    }

    /** @param agent whose turn it is; {@code null} when no agent is active (the lead stays unassigned) */
    static NewLead of(OwnerContacts owner, Target target, String source, LeadScore score, User agent, User actor) {
        Lead lead = new Lead(new ContactDetails(owner.firstName(), owner.lastName(), target.email(), target.phones()),
                source, actor);
        lead.changeTemperature(score.temperature());
        if (agent != null) {
            lead.assignTo(agent);
        }
        return new NewLead(lead, score, agent != null);
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
        text.append(routed ? ", routed round-robin" : ", unassigned (no active agent)");
        return text.append("; score ").append(score.describe()).toString();
    }
}
