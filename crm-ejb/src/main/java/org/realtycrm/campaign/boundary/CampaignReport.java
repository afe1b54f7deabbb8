package org.realtycrm.campaign.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.realtycrm.campaign.entity.StepAction;

/**
 * What a campaign did, step by step: sent (a letter: mailed), what the carriers and mail servers reported back
 * (delivered, opened, clicked), what the leads did (replied, opted out), what the compliance gate kept back (held
 * now, and refused by reason), what failed, and what it cost. "Responders" are the leads who replied to a text or
 * clicked an email; the cost per lead is the cost over them. A lead's reply or opt-out counts for the last step that
 * reached them before it.
 */
public record CampaignReport(long campaignId, String name, Totals totals, List<StepFigures> steps,
        List<SourceDay> days) {

    public record Totals(long enrolled, long active, long completed, long exited, long sent, long responders,
            long audienceResponses, BigDecimal cost, BigDecimal costPerLead) {
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

    /** One day's sends and responses among the leads of one source (the brokerage's day, in its time zone). */
    public record SourceDay(LocalDate day, String source, long sent, long responded) {
    }
}
