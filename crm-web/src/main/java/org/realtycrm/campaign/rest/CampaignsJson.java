package org.realtycrm.campaign.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.realtycrm.campaign.boundary.CampaignReport;
import org.realtycrm.campaign.boundary.CampaignResults;
import org.realtycrm.campaign.boundary.Campaigns;
import org.realtycrm.campaign.boundary.DeadLetters;
import org.realtycrm.campaign.entity.Campaign;
import org.realtycrm.campaign.entity.CampaignSend;
import org.realtycrm.campaign.entity.CampaignStep;
import org.realtycrm.campaign.entity.Enrollment;
import org.realtycrm.campaign.entity.MailBatch;
import org.realtycrm.campaign.entity.MessageTemplate;

/** The campaigns' JSON shapes (docs/api.md, "Campaigns"). */
final class CampaignsJson {

    private CampaignsJson() {
    }

    static JsonObject template(MessageTemplate template) {
        JsonObjectBuilder json = TextsJson.JSON.createObjectBuilder()
                .add("id", template.getId())
                .add("channel", template.getChannel().name())
                .add("name", template.getName())
                .add("body", template.getBody())
                .add("ownerId", template.getOwnerId())
                .add("version", template.getVersion())
                .add("createdAt", template.getCreatedAt().toString());
        optional(json, "subject", template.getSubject());
        optional(json, "subjectB", template.getSubjectB());
        return json.build();
    }

    static JsonObject preview(Campaigns.Preview preview) {
        JsonObjectBuilder json = TextsJson.JSON.createObjectBuilder().add("body", preview.body());
        optional(json, "subjectA", preview.subjectA());
        optional(json, "subjectB", preview.subjectB());
        return json.build();
    }

    static JsonObject campaign(Campaign campaign) {
        JsonArrayBuilder steps = TextsJson.JSON.createArrayBuilder();
        campaign.getSteps().forEach(step -> steps.add(step(step)));
        JsonObjectBuilder filter = TextsJson.JSON.createObjectBuilder();
        Campaign.Filter f = campaign.filter();
        optional(filter, "status", f.status() == null ? null : f.status().name());
        optional(filter, "source", f.sourcePrefix());
        if (f.pullId() != null) {
            filter.add("pullId", f.pullId());
        }
        JsonObjectBuilder json = TextsJson.JSON.createObjectBuilder()
                .add("id", campaign.getId())
                .add("name", campaign.getName())
                .add("kind", campaign.getKind().name())
                .add("status", campaign.getStatus().name())
                .add("ownerId", campaign.getOwnerId())
                .add("whenRefused", campaign.getWhenRefused().name())
                .add("filter", filter)
                .add("exitOnReply", campaign.isExitOnReply())
                .add("exitOnStatusChange", campaign.isExitOnStatusChange())
                .add("steps", steps)
                .add("version", campaign.getVersion())
                .add("createdAt", campaign.getCreatedAt().toString());
        instant(json, "startedAt", campaign.getStartedAt());
        instant(json, "endedAt", campaign.getEndedAt());
        return json.build();
    }

    static JsonObject step(CampaignStep step) {
        JsonObjectBuilder json = TextsJson.JSON.createObjectBuilder()
                .add("id", step.getId())
                .add("position", step.getPosition())
                .add("action", step.getAction().name())
                .add("delayMinutes", step.getDelayMinutes());
        if (step.getTemplate() != null) {
            json.add("templateId", step.getTemplate().getId()).add("templateName", step.getTemplate().getName());
        }
        optional(json, "instructions", step.getInstructions());
        return json.build();
    }

    static JsonObject enrollment(Enrollment enrollment) {
        JsonObjectBuilder json = TextsJson.JSON.createObjectBuilder()
                .add("id", enrollment.getId())
                .add("campaignId", enrollment.getCampaignId())
                .add("leadId", enrollment.getLeadId())
                .add("status", enrollment.getStatus().name())
                .add("how", enrollment.getHow().name())
                .add("nextPosition", enrollment.getNextPosition())
                .add("enrolledAt", enrollment.getEnrolledAt().toString());
        instant(json, "nextDueAt", enrollment.getNextDueAt());
        optional(json, "exitReason", enrollment.getExitReason());
        instant(json, "leftAt", enrollment.getLeftAt());
        return json.build();
    }

    static JsonObject enrollment(Campaigns.EnrolledLead enrolled) {
        return TextsJson.JSON.createObjectBuilder(enrollment(enrolled.enrollment()))
                .add("leadName", enrolled.leadName()).build();
    }

    static JsonObject deadLetter(DeadLetters.DeadLetter letter) {
        return TextsJson.JSON.createObjectBuilder(send(letter.send())).add("leadName", letter.leadName()).build();
    }

    static JsonObject enrolled(Campaigns.EnrollOutcome outcome) {
        return TextsJson.JSON.createObjectBuilder()
                .add("enrolled", TextsJson.JSON.createArrayBuilder(outcome.enrolled()))
                .add("alreadyIn", TextsJson.JSON.createArrayBuilder(outcome.alreadyIn()))
                .add("notFound", TextsJson.JSON.createArrayBuilder(outcome.notFound()))
                .build();
    }

    /** A send and why it went or did not: its status, the gate's refusals, the outbox's records. */
    static JsonObject send(CampaignSend send) {
        JsonObjectBuilder json = TextsJson.JSON.createObjectBuilder()
                .add("id", send.getId())
                .add("campaignId", send.getCampaignId())
                .add("stepId", send.getStepId())
                .add("leadId", send.getLeadId())
                .add("action", send.getAction().name())
                .add("status", send.getStatus().name())
                .add("tries", send.getTries())
                .add("failures", send.getFailures())
                .add("cost", send.getCost())
                .add("createdAt", send.getCreatedAt().toString())
                .add("updatedAt", send.getUpdatedAt().toString());
        optional(json, "variant", send.getVariant());
        instant(json, "nextAttemptAt", send.getNextAttemptAt());
        instant(json, "sentAt", send.getSentAt());
        optional(json, "note", send.getNote());
        if (send.getRefusal() != null) {
            json.add("refusals", TextsJson.refusals(send.getRefusal()));
        }
        if (send.getOutboxTextId() != null) {
            json.add("outboxTextId", send.getOutboxTextId());
        }
        if (send.getOutboxMailId() != null) {
            json.add("outboxMailId", send.getOutboxMailId());
        }
        if (send.getMailBatchId() != null) {
            json.add("mailBatchId", send.getMailBatchId());
        }
        return json.build();
    }

    static JsonObject batch(MailBatch batch) {
        return TextsJson.JSON.createObjectBuilder()
                .add("id", batch.getId())
                .add("campaignId", batch.getCampaignId())
                .add("stepId", batch.getStepId())
                .add("pieces", batch.getPieces())
                .add("createdBy", batch.getCreatedBy())
                .add("createdAt", batch.getCreatedAt().toString())
                .build();
    }

    static JsonObject audience(CampaignResults.Audience audience) {
        return TextsJson.JSON.createObjectBuilder()
                .add("exportId", audience.exportId())
                .add("platform", audience.platform().name())
                .add("fileName", audience.fileName())
                .add("owners", audience.owners())
                .add("attachedAt", audience.attachedAt().toString())
                .build();
    }

    static JsonObject report(CampaignReport report) {
        CampaignReport.Totals t = report.totals();
        JsonObjectBuilder totals = TextsJson.JSON.createObjectBuilder()
                .add("enrolled", t.enrolled()).add("active", t.active()).add("completed", t.completed())
                .add("exited", t.exited()).add("sent", t.sent()).add("responders", t.responders())
                .add("audienceResponses", t.audienceResponses()).add("leadsCreated", t.leadsCreated())
                .add("leads", t.leads()).add("cost", t.cost());
        decimal(totals, "costPerLead", t.costPerLead());
        JsonArrayBuilder steps = TextsJson.JSON.createArrayBuilder();
        for (CampaignReport.StepFigures s : report.steps()) {
            JsonArrayBuilder variants = TextsJson.JSON.createArrayBuilder();
            s.variants().forEach(v -> variants.add(TextsJson.JSON.createObjectBuilder().add("variant", v.variant())
                    .add("subject", v.subject()).add("sent", v.sent()).add("opened", v.opened())
                    .add("clicked", v.clicked())));
            steps.add(TextsJson.JSON.createObjectBuilder()
                    .add("position", s.position()).add("action", s.action().name()).add("sent", s.sent())
                    .add("delivered", s.delivered()).add("opened", s.opened()).add("clicked", s.clicked())
                    .add("replied", s.replied()).add("optedOut", s.optedOut()).add("held", s.held())
                    .add("refused", s.refused()).add("suppressed", counts(s.suppressed())).add("failed", s.failed())
                    .add("skipped", s.skipped()).add("pending", s.pending()).add("cost", s.cost())
                    .add("variants", variants));
        }
        JsonArrayBuilder days = TextsJson.JSON.createArrayBuilder();
        report.days().forEach(d -> days.add(TextsJson.JSON.createObjectBuilder().add("day", d.day().toString())
                .add("source", d.source()).add("sent", d.sent()).add("responded", d.responded())
                .add("leadsCreated", d.leadsCreated())));
        return TextsJson.JSON.createObjectBuilder()
                .add("campaignId", report.campaignId())
                .add("name", report.name())
                .add("totals", totals)
                .add("steps", steps)
                .add("days", days)
                .build();
    }

    private static JsonObjectBuilder counts(Map<String, Long> counts) {
        JsonObjectBuilder json = TextsJson.JSON.createObjectBuilder();
        counts.forEach(json::add);
        return json;
    }

    private static void decimal(JsonObjectBuilder json, String name, BigDecimal value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static void instant(JsonObjectBuilder json, String name, Instant value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
