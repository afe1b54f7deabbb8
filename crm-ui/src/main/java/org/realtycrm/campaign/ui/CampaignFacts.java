package org.realtycrm.campaign.ui;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.realtycrm.campaign.entity.Campaign;
import org.realtycrm.campaign.entity.CampaignKind;
import org.realtycrm.campaign.entity.CampaignStatus;
import org.realtycrm.campaign.entity.CampaignStep;
import org.realtycrm.campaign.entity.StepAction;
import org.realtycrm.campaign.entity.WhenRefused;
import org.realtycrm.lead.entity.LeadStatus;

/**
 * A campaign as its page shows it, read once from the boundary's answer: what it is, where it is in its life, whom
 * it takes, and its steps as they stand (each step's id, for the direct-mail batches).
 *
 * @param version the version it was read at: sent with a change, so that someone else's change meanwhile is not
 *                overwritten
 */
public record CampaignFacts(long id, String name, CampaignKind kind, CampaignStatus status, WhenRefused whenRefused,
        LeadStatus filterStatus, String filterSource, Long filterPullId, boolean exitOnReply,
        boolean exitOnStatusChange, Instant startedAt, Instant endedAt, long version, List<Step> steps)
        implements Serializable {

    /** One step as it stands. */
    public record Step(long id, int position, StepAction action, int delayMinutes, Long templateId, String instructions)
            implements Serializable {

        static Step of(CampaignStep step) {
            return new Step(step.getId(), step.getPosition(), step.getAction(), step.getDelayMinutes(),
                    step.getTemplate() == null ? null : step.getTemplate().getId(), step.getInstructions());
        }
    }

    public CampaignFacts {
        steps = List.copyOf(steps);
    }

    /** Everything, steps included: a campaign read whole. */
    static CampaignFacts of(Campaign campaign) {
        return settled(campaign, campaign.getSteps().stream().map(Step::of).toList());
    }

    /**
     * The campaign as a change of its settings or its life left it, with the steps as they stood: those answers
     * do not touch the steps (a launched campaign's steps are fixed), so they need not be read again.
     */
    CampaignFacts after(Campaign campaign) {
        return settled(campaign, steps);
    }

    private static CampaignFacts settled(Campaign campaign, List<Step> steps) {
        Campaign.Filter filter = campaign.filter();
        return new CampaignFacts(campaign.getId(), campaign.getName(), campaign.getKind(), campaign.getStatus(),
                campaign.getWhenRefused(), filter.status(), filter.sourcePrefix(), filter.pullId(),
                campaign.isExitOnReply(), campaign.isExitOnStatusChange(), campaign.getStartedAt(),
                campaign.getEndedAt(), campaign.getVersion(), steps);
    }

    public boolean isDraft() {
        return status == CampaignStatus.DRAFT;
    }

    /** The step at this position (from 1); null past the last. */
    Step step(int position) {
        return position >= 1 && position <= steps.size() ? steps.get(position - 1) : null;
    }

    /** The position of the step with this id; 0 for none of this campaign's. */
    int positionOf(long stepId) {
        return steps.stream().filter(step -> step.id() == stepId).mapToInt(Step::position).findFirst().orElse(0);
    }
}
