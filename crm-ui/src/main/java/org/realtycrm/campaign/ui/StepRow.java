package org.realtycrm.campaign.ui;

import java.io.Serializable;

import org.realtycrm.campaign.boundary.Campaigns;
import org.realtycrm.campaign.entity.StepAction;

/**
 * One editable line of a draft campaign's steps: what it does, how long after the step before it (the first: after
 * the lead entered), with which template (an email or a text) or what the agent or the letter is to do.
 */
public class StepRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private StepAction action = StepAction.SMS;
    private Integer delayAmount = 0;
    private DelayUnit delayUnit = DelayUnit.MINUTES;
    private Long templateId;
    private String instructions;

    static StepRow of(CampaignFacts.Step step) {
        StepRow row = new StepRow();
        row.action = step.action();
        row.delayUnit = DelayUnit.of(step.delayMinutes());
        row.delayAmount = row.delayUnit.amount(step.delayMinutes());
        row.templateId = step.templateId();
        row.instructions = step.instructions();
        return row;
    }

    /** The line as the boundary takes it: a template only for a step that sends one. */
    Campaigns.StepInput input() {
        boolean sends = action != null && action.sendsMessage();
        return new Campaigns.StepInput(action, delayUnit.minutes(delayAmount), sends ? templateId : null,
                instructions);
    }

    /** Whether the line takes a template (an email or a text); the others take instructions. */
    public boolean isMessage() {
        return action != null && action.sendsMessage();
    }

    public StepAction getAction() {
        return action;
    }

    /** Another action takes another channel's templates: the one chosen before no longer fits. */
    public void setAction(StepAction action) {
        if (action != this.action) {
            templateId = null;
        }
        this.action = action;
    }

    public Integer getDelayAmount() {
        return delayAmount;
    }

    public void setDelayAmount(Integer delayAmount) {
        this.delayAmount = delayAmount;
    }

    public DelayUnit getDelayUnit() {
        return delayUnit;
    }

    public void setDelayUnit(DelayUnit delayUnit) {
        this.delayUnit = delayUnit == null ? DelayUnit.MINUTES : delayUnit;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }
}
