package org.realtycrm.campaign.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A draft campaign's steps, replaced as a whole. */
@Schema(name = "Steps", example = "{\"version\": 0, \"steps\": [{\"action\": \"SMS\", \"delayMinutes\": 0, "
        + "\"templateId\": 3}, {\"action\": \"TASK\", \"delayMinutes\": 1440, \"instructions\": \"Call them\"}]}")
public class StepsRequest {

    public List<Step> steps;

    @Schema(description = "The campaign's version read")
    public Long version;

    /** One step. */
    @Schema(name = "Step")
    public static class Step {

        @Schema(enumeration = {"EMAIL", "SMS", "TASK", "DIRECT_MAIL"})
        public String action;

        @Schema(description = "After the step before (the first: after the lead entered); 0 to 525600")
        public Integer delayMinutes;

        @Schema(description = "EMAIL and SMS: a template of that channel")
        public Long templateId;

        @Schema(description = "TASK: what the agent is to do (required); DIRECT_MAIL: what the letter is about")
        public String instructions;
    }
}
