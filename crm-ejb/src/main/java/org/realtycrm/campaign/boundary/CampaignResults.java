package org.realtycrm.campaign.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.campaign.control.CampaignAccess;
import org.realtycrm.campaign.control.CampaignFigures;
import org.realtycrm.campaign.control.MailBatches;
import org.realtycrm.campaign.entity.Campaign;
import org.realtycrm.campaign.entity.CampaignStep;
import org.realtycrm.campaign.entity.MailBatch;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.pipeline.entity.ExportPlatform;
import org.realtycrm.pipeline.entity.ListExport;
import org.realtycrm.platform.csv.CsvExport;
import org.realtycrm.platform.problem.AccessDeniedException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * What campaigns did and what they hand on: the report (and its CSV), the direct-mail steps' batches for the mail
 * house, and the social audiences run with a campaign. The campaigns' one access rule applies ({@link CampaignAccess}).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
public class CampaignResults {

    /** The list exports that are audiences on a social or email platform (the others are files for a vendor). */
    static final Set<ExportPlatform> AUDIENCES = Set.of(ExportPlatform.META, ExportPlatform.GOOGLE,
            ExportPlatform.MAILCHIMP);

    /** A social audience run with a campaign. */
    public record Audience(long exportId, ExportPlatform platform, String fileName, long owners, Instant attachedAt) {
    }

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CampaignAccess access;

    @Inject
    CampaignFigures figures;

    @Inject
    MailBatches batches;

    @Inject
    CurrentUser caller;

    @Inject
    ActivityRecorder activities;

    Clock clock = Clock.systemUTC();

    public CampaignReport report(long campaignId) {
        return figures.report(access.campaign(campaignId));
    }

    /**
     * The report as CSV: one row a step, the totals, then one row a day and source (its sends under "Sent", its
     * responding leads under "Replied").
     */
    public void reportCsv(long campaignId, OutputStream out) throws IOException {
        CampaignReport report = report(campaignId);
        try (CsvExport csv = CsvExport.to(out, "Step", "Action", "Sent", "Delivered", "Opened", "Clicked", "Replied",
                "Opted out", "Held", "Refused", "Suppressed by reason", "Failed", "Skipped", "Pending", "Cost",
                "Leads created")) {
            for (CampaignReport.StepFigures step : report.steps()) {
                csv.row(step.position(), step.action(), step.sent(), step.delivered(), step.opened(), step.clicked(),
                        step.replied(), step.optedOut(), step.held(), step.refused(), words(step.suppressed()),
                        step.failed(), step.skipped(), step.pending(), step.cost(), "");
            }
            CampaignReport.Totals totals = report.totals();
            csv.row("Total", "", totals.sent(), "", "", "", "", "", "", "", "", "", "", "", totals.cost(),
                    totals.leadsCreated());
            csv.row("Responders", totals.responders(), "Cost per lead", totals.costPerLead() == null ? ""
                    : totals.costPerLead(), "Enrolled", totals.enrolled(), "Audience responses",
                    totals.audienceResponses(), "Leads", totals.leads(), "", "", "", "", "", "");
            for (CampaignReport.SourceDay day : report.days()) {
                csv.row("Day " + day.day(), day.source(), day.sent(), "", "", "", day.responded(), "", "", "", "", "",
                        "", "", "", day.leadsCreated());
            }
        }
    }

    private static String words(Map<String, Long> suppressed) {
        StringBuilder words = new StringBuilder();
        suppressed.forEach((reason, count) -> words.append(words.isEmpty() ? "" : "; ").append(reason).append(' ')
                .append(count));
        return words.toString();
    }

    // --- direct mail -------------------------------------------------------------------------------------------

    /** The step's letters waiting for a batch, in a new batch. */
    public MailBatch makeMailBatch(long campaignId, long stepId) {
        Campaign campaign = access.campaign(campaignId);
        CampaignStep step = campaign.getSteps().stream().filter(s -> s.getId() == stepId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("step of campaign " + campaignId, stepId));
        MailBatches.requireLetters(step);
        batches.skipUnaddressed(campaign, step, caller.user());
        return batches.make(campaign, step, caller.user());
    }

    public List<MailBatch> mailBatches(long campaignId) {
        Campaign campaign = access.campaign(campaignId);
        return em.createQuery("select b from MailBatch b where b.campaignId = :campaign order by b.createdAt desc,"
                + " b.id desc", MailBatch.class).setParameter("campaign", campaign.getId()).getResultList();
    }

    public MailBatch mailBatch(long campaignId, long batchId) {
        Campaign campaign = access.campaign(campaignId);
        MailBatch batch = em.find(MailBatch.class, batchId);
        if (batch == null || batch.getCampaignId() != campaign.getId()) {
            throw new RecordNotFoundException("mail batch", batchId);
        }
        return batch;
    }

    public void copyMailBatch(long campaignId, long batchId, OutputStream out) throws IOException {
        batches.copy(mailBatch(campaignId, batchId), out);
    }

    // --- social audiences --------------------------------------------------------------------------------------

    public Audience attachAudience(long campaignId, Long exportId) {
        Campaign campaign = access.campaign(campaignId);
        if (!access.seesAll()) {
            // list exports are the administrators' (file names, owners, responses): an agent attaches none
            throw new AccessDeniedException("attaching a list's audience is for administrators");
        }
        if (exportId == null) {
            throw new InvalidInputException("exportId", "is required: a list export for META, GOOGLE or MAILCHIMP");
        }
        ListExport export = em.find(ListExport.class, exportId);
        if (export == null) {
            throw new InvalidInputException("exportId", "no list export has id " + exportId);
        }
        if (!AUDIENCES.contains(export.getPlatform())) {
            throw new InvalidInputException("exportId", "is a " + export.getPlatform() + " file, not an audience ("
                    + AUDIENCES + ")");
        }
        Instant now = clock.instant();
        int added = em.createNativeQuery("insert into campaign_audiences (campaign_id, export_id, attached_by,"
                        + " attached_at) values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, campaign.getId()).setParameter(2, exportId).setParameter(3, caller.id())
                .setParameter(4, now).executeUpdate();
        if (added == 1) {
            activities.record(caller.user(), SubjectType.CAMPAIGN, campaign.getId(),
                    ActivityAction.CAMPAIGN_AUDIENCE_ATTACHED, export.getPlatform() + " audience " + export.fileName()
                            + " runs with campaign " + campaign.getName(), Map.of());
        }
        return audiences(campaignId).stream().filter(audience -> audience.exportId() == exportId).findFirst()
                .orElseThrow(() -> new IllegalStateException("audience " + exportId + " attached and not found"));
    }

    public List<Audience> audiences(long campaignId) {
        Campaign campaign = access.campaign(campaignId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select export_id, attached_at from campaign_audiences"
                        + " where campaign_id = ?1 order by attached_at, export_id", Object[].class)
                .setParameter(1, campaign.getId()).getResultList();
        return rows.stream().map(row -> {
            ListExport export = em.find(ListExport.class, ((Number) row[0]).longValue());
            return new Audience(export.getId(), export.getPlatform(), export.fileName(), export.getOwners(),
                    attachedAt(row[1]));
        }).toList();
    }

    private static Instant attachedAt(Object value) {
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant()
                : value instanceof java.time.OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }
}
