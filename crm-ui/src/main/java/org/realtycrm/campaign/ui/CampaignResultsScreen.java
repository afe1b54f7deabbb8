package org.realtycrm.campaign.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.campaign.boundary.CampaignReport;
import org.realtycrm.campaign.boundary.CampaignResults;
import org.realtycrm.campaign.entity.MailBatch;
import org.realtycrm.campaign.entity.StepAction;
import org.realtycrm.lead.ui.Brokerage;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.ui.Messages;

/**
 * What a campaign did, on its page: the report (each step's figures, the totals with the cost per responding lead,
 * sent and responded by day as a chart, each email step's A/B subjects), its CSV, the direct-mail steps' batches for
 * the mail house, and the social audiences run with it. Each part is read when first shown, and again on "Refresh"
 * or after a change.
 */
@Named
@ViewScoped
public class CampaignResultsScreen implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String MAIL_FORM = "mail";
    static final String AUDIENCES_FORM = "audiences";

    /** One step's A/B test: its position, and each subject's figures. */
    public record VariantRow(int position, String variant, String subject, long sent, long opened, long clicked)
            implements Serializable {
    }

    /** A direct-mail batch as its table shows it. */
    public record BatchRow(long id, int step, int pieces, String createdAt) implements Serializable {
    }

    /** A social audience run with the campaign. */
    public record AudienceRow(long exportId, String platform, String fileName, long owners, String attachedAt)
            implements Serializable {
    }

    @Inject
    CampaignScreen screen;

    @Inject
    CampaignResults results;

    @Inject
    Brokerage brokerage;

    /** The report as read: not kept if the view is ever written out (it is read again). */
    private transient CampaignReport report;
    private List<BatchRow> batches;
    private List<AudienceRow> audiences;
    private Long exportId;

    public CampaignReport getReport() {
        if (report == null) {
            report = results.report(screen.getId());
        }
        return report;
    }

    /** Reads the report again: the ticker and the senders move the figures on while the page is open. */
    public void refresh() {
        report = null;
    }

    /** The gate's refusals by reason, in words: "INTERNAL_DNC 2, QUIET_HOURS 1". */
    public String refusals(Map<String, Long> suppressed) {
        List<String> words = new ArrayList<>();
        suppressed.forEach((reason, count) -> words.add(reason + " " + count));
        return String.join(", ", words);
    }

    /** "$0.0083" with as many decimals as a text's price needs; "–" for none. */
    public String dollars(BigDecimal amount) {
        if (amount == null) {
            return "–";
        }
        BigDecimal shown = amount.setScale(Math.max(2, Math.min(4, amount.stripTrailingZeros().scale())),
                RoundingMode.HALF_UP);
        return "$" + shown.toPlainString();
    }

    public String getChart() {
        return CampaignChart.sentAndResponded(getReport().days());
    }

    public boolean isChartShown() {
        return !getReport().days().isEmpty();
    }

    /** Every email step's A/B subjects, by step. */
    public List<VariantRow> getVariants() {
        List<VariantRow> rows = new ArrayList<>();
        for (CampaignReport.StepFigures step : getReport().steps()) {
            step.variants().forEach(variant -> rows.add(new VariantRow(step.position(), variant.variant(),
                    variant.subject(), variant.sent(), variant.opened(), variant.clicked())));
        }
        return rows;
    }

    // --- direct mail -------------------------------------------------------------------------------------------

    /** The campaign's direct-mail steps: each makes its own batches. */
    public List<CampaignFacts.Step> getMailSteps() {
        return screen.getFacts().steps().stream().filter(step -> step.action() == StepAction.DIRECT_MAIL).toList();
    }

    public List<BatchRow> getBatches() {
        if (batches == null) {
            batches = results.mailBatches(screen.getId()).stream().map(this::row).toList();
        }
        return batches;
    }

    private BatchRow row(MailBatch batch) {
        return new BatchRow(batch.getId(), screen.getFacts().positionOf(batch.getStepId()), batch.getPieces(),
                brokerage.format(batch.getCreatedAt()));
    }

    /** Every letter of the step that waits for a batch, in a new batch for the mail house. */
    public void makeMailBatch(long stepId) {
        try {
            MailBatch made = results.makeMailBatch(screen.getId(), stepId);
            Messages.info("Batch " + made.getId() + " made: " + made.getPieces()
                    + (made.getPieces() == 1 ? " letter." : " letters."));
            batches = null;
            report = null;
        } catch (CrmException refused) {
            CampaignFields.show(refused, MAIL_FORM, CampaignFields::above);
        }
    }

    // --- social audiences --------------------------------------------------------------------------------------

    public List<AudienceRow> getAudiences() {
        if (audiences == null) {
            audiences = results.audiences(screen.getId()).stream()
                    .map(audience -> new AudienceRow(audience.exportId(), audience.platform().name(),
                            audience.fileName(), audience.owners(), brokerage.format(audience.attachedAt())))
                    .toList();
        }
        return audiences;
    }

    /** Runs a list's export for Meta, Google or Mailchimp with the campaign: its responses count for it. */
    public void attachAudience() {
        try {
            CampaignResults.Audience attached = results.attachAudience(screen.getId(), exportId);
            Messages.info(attached.platform() + " audience " + attached.fileName() + " runs with this campaign.");
            exportId = null;
            audiences = null;
        } catch (CrmException refused) {
            CampaignFields.show(refused, AUDIENCES_FORM, CampaignFields::audience);
        }
    }

    public Long getExportId() {
        return exportId;
    }

    public void setExportId(Long exportId) {
        this.exportId = exportId;
    }
}
