package org.realtycrm.campaign.entity;

/**
 * What a campaign does with a message the compliance gate refuses only for a while (outside the recipient's calling
 * hours, or over the marketing cap): hold it until the gate would let it go ({@link GateVerdict#holdUntil()}), or drop
 * it. A refusal for good (a Do-Not-Call list, an opt-out) is always dropped.
 */
public enum WhenRefused {
    HOLD,
    DROP
}
