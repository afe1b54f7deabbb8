package org.realtycrm.campaign.entity;

/** What a campaign's step does for each lead: an email, a text, a task for the lead's agent, a direct-mail letter. */
public enum StepAction {
    EMAIL,
    SMS,
    TASK,
    DIRECT_MAIL;

    /** Whether the step sends a template's words (and so needs a template of its channel). */
    public boolean sendsMessage() {
        return this == EMAIL || this == SMS;
    }

    /** The template channel a message step takes. */
    public Channel channel() {
        return switch (this) {
            case EMAIL -> Channel.EMAIL;
            case SMS -> Channel.SMS;
            default -> throw new IllegalStateException(this + " sends no template");
        };
    }
}
