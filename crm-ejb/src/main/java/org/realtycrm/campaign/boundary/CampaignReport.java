package org.realtycrm.campaign.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.realtycrm.campaign.entity.StepAction;

/**
 * What a campaign did, step by step: sent (a letter: mailed), what the carriers and mail servers reported back
 * (delivered, opened, clicked), what the leads did (replied, opted out), what the compliance gate kept back (held
 * now, and refused by reason), what failed, and what it cost. "Responders" are the leads who wrote back (a text, an
 * email) or clicked an email; "leads created" are the new leads its social audiences brought in; the cost per lead
 * is the cost over both, each lead once. A lead's reply, or opt-out by writing (STOP, "unsubscribe"), counts for the
 * last step that reached them before it; an opt-out of an email (its link, SendGrid's unsubscribe or spam report)
 * counts for that email's step.
 */
public record CampaignReport(long campaignId, String name, Totals totals, List<StepFigures> steps,
        List<SourceDay> days) {

    /**
     * @param leadsCreated owners on an attached audience's list who answered after it was attached and became new
     *                     leads by answering
     * @param leads        the leads the campaign produced, each once: its responders and the leads it created
     * @param costPerLead  the cost over {@code leads}; null while there is none
     */
    public record Totals(long enrolled, long active, long completed, long exited, long sent, long responders,
            long audienceResponses, long leadsCreated, long leads, BigDecimal cost, BigDecimal costPerLead) {
    }

    /**
     * @param suppressed the gate's refusals by reason (a refused send may have several reasons)
     * @param pending    queued, retrying, or a letter awaiting its batch
     */
    public record StepFigures(int position, StepAction action, long sent, long delivered, long opened, long clicked,
            long replied, long optedOut, long held, long refused, Map<String, Long> suppressed, long failed,
            long skipped, long pending, BigDecimal cost, List<VariantFigures> variants) {
    }

    /** An email step's A/B test: each subject's sends, opens and clicks. */
    public record VariantFigures(String variant, String subject, long sent, long opened, long clicked) {
    }

    /**
     * One day's sends, responses and leads created among the leads of one source (the brokerage's day, in its time
     * zone).
     */
    public record SourceDay(LocalDate day, String source, long sent, long responded, long leadsCreated) {
    }
}
