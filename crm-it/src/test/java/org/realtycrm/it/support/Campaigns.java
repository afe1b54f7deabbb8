package org.realtycrm.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The campaigns API as one caller (an agent, an admin) uses it: templates, campaigns and their steps, leads put in,
 * and what became of each send. Names are unique ({@link Unique}), so that no test sees another's campaign.
 */
public final class Campaigns {

    public static final String CAMPAIGNS = "/api/v1/campaigns";
    public static final String TEMPLATES = "/api/v1/campaign-templates";
    public static final String DEAD_LETTERS = "/api/v1/campaign-dead-letters";

    private final Api api;

    private Campaigns(Api api) {
        this.api = api;
    }

    public static Campaigns as(Api api) {
        return new Campaigns(api);
    }

    public Api api() {
        return api;
    }

    public static String path(long campaignId) {
        return CAMPAIGNS + "/" + campaignId;
    }

    public static String path(JsonObject campaign) {
        return path(Leads.id(campaign));
    }

    // --- templates

    public static JsonObjectBuilder smsTemplateJson(String body) {
        return Json.createObjectBuilder().add("channel", "SMS").add("name", "Text " + Unique.name()).add("body", body);
    }

    /** @param subjectB null for none (no A/B test) */
    public static JsonObjectBuilder emailTemplateJson(String subject, String subjectB, String body) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("channel", "EMAIL").add("name", "Email " + Unique.name())
                .add("subject", subject).add("body", body);
        return subjectB == null ? json : json.add("subjectB", subjectB);
    }

    public JsonObject smsTemplate(String body) {
        return api.create(TEMPLATES, smsTemplateJson(body).build());
    }

    public JsonObject emailTemplate(String subject, String subjectB, String body) {
        return api.create(TEMPLATES, emailTemplateJson(subject, subjectB, body).build());
    }

    // --- campaigns

    /** A drip's settings: holds what the gate refuses for a while, leaves on a reply and on a change of status. */
    public static JsonObjectBuilder drip() {
        return settings("DRIP");
    }

    /** A one-off campaign's settings, with no audience filter yet. */
    public static JsonObjectBuilder oneOff() {
        return settings("ONE_OFF");
    }

    private static JsonObjectBuilder settings(String kind) {
        return Json.createObjectBuilder().add("name", kind + " " + Unique.name()).add("kind", kind)
                .add("whenRefused", "HOLD");
    }

    public JsonObject create(JsonObjectBuilder settings) {
        return api.create(CAMPAIGNS, settings.build());
    }

    /** One step: {@code template} null for a task or a letter, {@code instructions} null for a message. */
    public static JsonObject step(String action, int delayMinutes, JsonObject template, String instructions) {
        JsonObjectBuilder step = Json.createObjectBuilder().add("action", action).add("delayMinutes", delayMinutes);
        if (template != null) {
            step.add("templateId", Leads.id(template));
        }
        if (instructions != null) {
            step.add("instructions", instructions);
        }
        return step.build();
    }

    public static JsonObject sms(int delayMinutes, JsonObject template) {
        return step("SMS", delayMinutes, template, null);
    }

    public static JsonObject email(int delayMinutes, JsonObject template) {
        return step("EMAIL", delayMinutes, template, null);
    }

    public static JsonObject stepsJson(long version, JsonObject... steps) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        Arrays.stream(steps).forEach(list::add);
        return Json.createObjectBuilder().add("version", version).add("steps", list).build();
    }

    /** {@code PUT .../steps} against the campaign's version as given. */
    public Response putSteps(JsonObject campaign, JsonObject... steps) {
        return api.put(path(campaign) + "/steps", stepsJson(campaign.getJsonNumber("version").longValue(), steps));
    }

    public JsonObject withSteps(JsonObject campaign, JsonObject... steps) {
        return putSteps(campaign, steps).expect(200).json();
    }

    public JsonObject launch(JsonObject campaign) {
        return api.post(path(campaign) + "/launch", JsonObject.EMPTY_JSON_OBJECT).expect(200).json();
    }

    /** A campaign created with these settings and steps, and launched. */
    public JsonObject launched(JsonObjectBuilder settings, JsonObject... steps) {
        return launch(withSteps(create(settings), steps));
    }

    public Response enrollResponse(long campaignId, long... leadIds) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        Arrays.stream(leadIds).forEach(ids::add);
        return api.post(path(campaignId) + "/enrollments", Json.createObjectBuilder().add("leadIds", ids).build());
    }

    /** Puts the leads in by hand: {@code {enrolled, alreadyIn, notFound}}. */
    public JsonObject enroll(long campaignId, long... leadIds) {
        return enrollResponse(campaignId, leadIds).expect(200).json();
    }

    public List<JsonObject> enrollments(long campaignId) {
        return api.get(path(campaignId) + "/enrollments" + Query.of("size", 200)).expect(200).items();
    }

    public JsonObject enrollmentOf(long campaignId, long leadId) {
        return enrollments(campaignId).stream().filter(e -> e.getJsonNumber("leadId").longValue() == leadId)
                .findFirst().orElseThrow(() -> new AssertionError("lead " + leadId + " is not in campaign "
                        + campaignId));
    }

    /** The campaign's sends, newest first (at most 200). */
    public List<JsonObject> sends(long campaignId) {
        return api.get(path(campaignId) + "/sends" + Query.of("size", 200)).expect(200).items();
    }

    public List<JsonObject> sendsOf(long campaignId, long leadId) {
        return sends(campaignId).stream().filter(send -> send.getJsonNumber("leadId").longValue() == leadId)
                .toList();
    }

    /** Waits until the campaign has {@code count} sends that all match {@code done}; answers them, newest first. */
    public List<JsonObject> awaitSends(long campaignId, int count, Predicate<JsonObject> done) {
        return Eventually.await(count + " sends of campaign " + campaignId, Duration.ofSeconds(90),
                () -> sends(campaignId), sends -> sends.size() == count && sends.stream().allMatch(done));
    }

    /** Waits until the campaign has {@code count} sends, each of them in one of {@code statuses}. */
    public List<JsonObject> awaitSends(long campaignId, int count, String... statuses) {
        List<String> wanted = List.of(statuses);
        return awaitSends(campaignId, count, send -> wanted.contains(send.getString("status")));
    }

    public JsonObject report(long campaignId) {
        return api.get(path(campaignId) + "/report").expect(200).json();
    }

    /**
     * Lets the time of the campaign's next steps pass: its active leads' next step is due now, as it would be once
     * the steps' delays had gone by (the ticker takes it at its next tick). The delays themselves are the enrolments'
     * unit tests' to check; this spares a system test a wait of minutes.
     */
    public static void stepsDueNow(long campaignId) {
        try (Connection db = DriverManager.getConnection(ItProperties.dbUrl(), ItProperties.dbUser(),
                ItProperties.dbPassword()); PreparedStatement due = db.prepareStatement("update campaign_enrollments"
                + " set next_due_at = now(), version = version + 1 where campaign_id = ? and status = 'ACTIVE'")) {
            due.setLong(1, campaignId);
            due.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make campaign " + campaignId + "'s steps due", e);
        }
    }

    /** {@code GET /leads/{id}/campaign-sends}: every campaign send to the lead, newest first. */
    public List<JsonObject> sendsTo(long leadId) {
        return api.get(Leads.path(leadId) + "/campaign-sends").expect(200).items();
    }
}
