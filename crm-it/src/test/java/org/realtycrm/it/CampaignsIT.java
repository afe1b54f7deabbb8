package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.Campaigns.email;
import static org.realtycrm.it.support.Campaigns.sms;
import static org.realtycrm.it.support.Campaigns.step;
import static org.realtycrm.it.support.Leads.id;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.CallingHours;
import org.realtycrm.it.support.Campaigns;
import org.realtycrm.it.support.Eventually;
import org.realtycrm.it.support.FakeSendGrid;
import org.realtycrm.it.support.FakeTwilio;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Query;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.TwilioWebhook;
import org.realtycrm.it.support.Unique;

/**
 * Campaigns and action plans as agents and admins run them, against the real timer (a tick every 2 s in the system
 * tests), the real JMS queue, the real compliance gate and the real Twilio and SendGrid SDKs talking to their fakes:
 * what each lead gets (its own words, the opt-out line, the unsubscribe link and headers), what takes a lead out
 * (a reply, STOP, an unsubscribe, a change of status), what the gate holds or refuses and why, how a provider's
 * failures become dead letters that an admin sends again once, the direct-mail batch for the mail house, the report,
 * and who may do what.
 *
 * <p>The gate reads the real clock: a test that needs a text to go takes a number whose local time is within the
 * calling hours now ({@link CallingHours}); from 11:00 to 12:00 UTC there is none, and those tests are skipped.
 */
class CampaignsIT extends CrmIT {

    private static final String OUR_NUMBER = "+15125550100";
    private static final String BROKERAGE = "Realty CRM Homes";
    private static final String BROKERAGE_ADDRESS = "100 Test Street, Austin, TX 78701";
    private static final String STOP_LINE = "Reply STOP to opt out.";
    private static final Pattern LIST_UNSUBSCRIBE = Pattern.compile(
            "<" + Pattern.quote(TwilioWebhook.PUBLIC_BASE_URL) + "(/api/v1/unsubscribe/([0-9a-f]{48}))>");
    private static final BigDecimal SMS_PRICE = new BigDecimal("0.0083");
    private static final BigDecimal EMAIL_PRICE = new BigDecimal("0.0010");
    private static final BigDecimal LETTER_PRICE = new BigDecimal("0.65");
    private static final String PIPELINE = "/api/v1/pipeline";
    private static final String LIST_HEADER = "Owner 1 First Name,Owner 1 Last Name,Mailing Address,Mailing City,"
            + "Mailing State,Mailing Zip,Address,City,State,Zip,APN,Est. Value,Est. Equity %,Vacant,Email\n";

    private static final TwilioWebhook WEBHOOK = TwilioWebhook.toServer();
    private static FakeTwilio twilio;
    private static FakeSendGrid sendGrid;

    @BeforeAll
    static void registryAndProviders() {
        CallingHours.loadRegistry(admin());
        twilio = FakeTwilio.start();
        sendGrid = FakeSendGrid.start();
    }

    @AfterAll
    static void stopProviders() {
        if (twilio != null) {
            twilio.close();
        }
        if (sendGrid != null) {
            sendGrid.close();
        }
    }

    @BeforeEach
    void healthyProviders() {
        twilio.clear();
    }

    @Test
    void aDripTextsSetsTheAgentATaskAndEmailsEachLeadItsOwnWordsWithTheUnsubscribeLinkAndHeaders() {
        Account agent = Accounts.agent();
        Campaigns campaigns = Campaigns.as(agent.api());
        String annsNumber = CallingHours.callableNumber();
        String bobsNumber = CallingHours.callableNumber();
        JsonObject ann = agent.leads().create(LeadJson.newLead().firstName("Ann").phone(annsNumber));
        JsonObject bob = agent.leads().create(LeadJson.newLead().firstName("Bob").phone(bobsNumber));
        JsonObject text = campaigns.smsTemplate("Hi {{firstName|there}}, it's {{agentName}} at {{brokerage}}: the "
                + "house on Elm St is still available.");
        JsonObject mail = campaigns.emailTemplate("{{firstName}}, a home you may like", "New near you, {{firstName}}",
                "Hi {{firstName}},\n\nA three-bedroom on Elm St just came on the market.\n\n{{agentName}}\n"
                        + "{{agentEmail}}");
        String instructions = "Call to ask whether they want a showing this weekend";
        JsonObject campaign = campaigns.launched(Campaigns.drip(), sms(0, text), step("TASK", 0, null, instructions),
                email(0, mail));
        long id = id(campaign);
        assertThat(campaign.getString("status")).isEqualTo("ACTIVE");
        assertThat(campaign.getJsonArray("steps").getValuesAs(JsonObject.class))
                .extracting(s -> s.getInt("position") + " " + s.getString("action"))
                .containsExactly("1 SMS", "2 TASK", "3 EMAIL");
        Instant enrolledAt = Instant.now();

        JsonObject enrolled = campaigns.enroll(id, id(ann), id(bob));

        assertThat(longs(enrolled, "enrolled")).containsExactly(id(ann), id(bob));
        assertThat(longs(enrolled, "alreadyIn")).isEmpty();
        assertThat(longs(enrolled, "notFound")).isEmpty();
        assertThat(longs(campaigns.enroll(id, id(ann)), "alreadyIn")).as("a lead is in a campaign once")
                .containsExactly(id(ann));
        List<JsonObject> sends = campaigns.awaitSends(id, 6, "SENT");

        // the text: the lead's own words, our number, and how to stop
        assertThat(twilio.receivedTo(annsNumber)).singleElement().satisfies(message -> {
            assertThat(message.from()).isEqualTo(OUR_NUMBER);
            assertThat(message.body()).isEqualTo("Hi Ann, it's " + agent.name() + " at " + BROKERAGE
                    + ": the house on Elm St is still available. " + STOP_LINE);
            assertThat(message.statusCallback()).isEqualTo(TwilioWebhook.PUBLIC_BASE_URL
                    + TwilioWebhook.STATUS_CALLBACK + "?outboxText=" + sendOf(sends, id(ann), "SMS")
                    .getJsonNumber("outboxTextId").longValue());
        });
        assertThat(twilio.receivedTo(bobsNumber)).singleElement()
                .satisfies(message -> assertThat(message.body()).startsWith("Hi Bob, it's ").endsWith(STOP_LINE));

        // the emails: half get each subject, and each carries its own unsubscribe link, in the foot and the headers
        List<String> tokens = new ArrayList<>();
        for (JsonObject lead : List.of(ann, bob)) {
            JsonObject send = sendOf(sends, id(lead), "EMAIL");
            FakeSendGrid.Received received = single(sendGrid.receivedTo(lead.getString("email")));
            JsonObject message = received.body();
            String first = lead.getString("firstName");
            assertThat(message.getString("subject")).isEqualTo(send.getString("variant").equals("A")
                    ? first + ", a home you may like" : "New near you, " + first);
            JsonObject to = message.getJsonArray("personalizations").getJsonObject(0).getJsonArray("to")
                    .getJsonObject(0);
            assertThat(to.getString("name")).isEqualTo(first + " " + lead.getString("lastName"));
            assertThat(message.getJsonArray("personalizations").getJsonObject(0).getJsonObject("custom_args")
                    .getString("outbox_id")).isEqualTo(String.valueOf(send.getJsonNumber("outboxMailId")));
            assertThat(message.getJsonArray("categories").getString(0)).isEqualTo("campaign");
            JsonObject headers = message.getJsonObject("headers");
            Matcher link = LIST_UNSUBSCRIBE.matcher(headers.getString("List-Unsubscribe"));
            assertThat(link.matches()).as(headers.toString()).isTrue();
            assertThat(headers.getString("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
            String unsubscribe = TwilioWebhook.PUBLIC_BASE_URL + link.group(1);
            tokens.add(link.group(2));
            assertThat(content(message, "text/plain")).startsWith("Hi " + first + ",\n\nA three-bedroom on Elm St "
                    + "just came on the market.\n\n" + agent.name() + "\n" + agent.email())
                    .endsWith("You get this from " + BROKERAGE + ", " + BROKERAGE_ADDRESS
                            + ". No more of these emails: " + unsubscribe + "\n");
            assertThat(content(message, "text/html")).contains("<p>Hi " + first + ",</p>")
                    .contains(BROKERAGE_ADDRESS).contains("<a href=\"" + unsubscribe + "\">Unsubscribe</a>");
        }
        assertThat(tokens).doesNotHaveDuplicates();
        assertThat(sends.stream().filter(s -> s.getString("action").equals("EMAIL")).map(s -> s.getString("variant")))
                .containsExactlyInAnyOrder("A", "B");

        // the task: set for the agent on the lead, due now (so the bell rings at once), and the timeline says why
        JsonObject task = single(agent.api().get("/api/v1/tasks?open=true&leadId=" + id(ann)).expect(200).items());
        assertThat(task.getString("title")).isEqualTo(instructions);
        assertThat(task.getJsonNumber("assigneeId").longValue()).isEqualTo(agent.id());
        assertThat(task.getInt("remindMinutesBefore")).isZero();
        assertThat(Instant.parse(task.getString("dueAt"))).isBetween(enrolledAt.minusSeconds(5), Instant.now());
        String name = campaign.getString("name");
        assertThat(campaignEntries(id(ann))).containsExactlyInAnyOrder(
                "CAMPAIGN_ENROLLED Put in campaign " + name + " by " + agent.name(),
                "CAMPAIGN_SEND Campaign " + name + ", step 1 (SMS): sent",
                "CAMPAIGN_SEND Campaign " + name + ", step 2 (TASK) for the agent: " + instructions,
                "CAMPAIGN_SEND Campaign " + name + ", step 3 (EMAIL): sent");
        assertThat(campaigns.enrollments(id)).hasSize(2).allSatisfy(enrollment -> {
            assertThat(enrollment.getString("status")).isEqualTo("COMPLETED");
            assertThat(enrollment.getString("how")).isEqualTo("HAND");
            assertThat(enrollment.containsKey("nextDueAt")).isFalse();
        });

        // why each went: the lead's sends, newest first, with the outbox's records and the cost of each
        List<JsonObject> annsSends = campaigns.sendsTo(id(ann));
        assertThat(annsSends).extracting(s -> s.getString("action") + " " + s.getString("status"))
                .containsExactly("EMAIL SENT", "TASK SENT", "SMS SENT");
        assertThat(annsSends.get(0).getJsonNumber("cost").bigDecimalValue()).isEqualByComparingTo(EMAIL_PRICE);
        assertThat(annsSends.get(2).getJsonNumber("cost").bigDecimalValue()).isEqualByComparingTo(SMS_PRICE);
        assertThat(annsSends.get(2).containsKey("outboxTextId")).isTrue();
        assertThat(annsSends.get(0).containsKey("outboxMailId")).isTrue();

        JsonObject report = campaigns.report(id);
        JsonObject totals = report.getJsonObject("totals");
        assertThat(totals.getInt("enrolled")).isEqualTo(2);
        assertThat(totals.getInt("completed")).isEqualTo(2);
        assertThat(totals.getInt("sent")).isEqualTo(6);
        assertThat(decimal(totals, "cost")).isEqualByComparingTo(SMS_PRICE.add(EMAIL_PRICE).multiply(BigDecimal.valueOf(2)));
        JsonObject emailStep = report.getJsonArray("steps").getJsonObject(2);
        assertThat(emailStep.getJsonArray("variants").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("variant") + " " + v.getString("subject") + " " + v.getInt("sent"))
                .containsExactly("A {{firstName}}, a home you may like 1", "B New near you, {{firstName}} 1");
    }

    @Test
    void aReplyTakesTheLeadOutAtOnceAndAChangeOfStatusAtItsNextStepWhileTheOthersGetIt() {
        Account agent = Accounts.agent();
        Campaigns campaigns = Campaigns.as(agent.api());
        String replierNumber = CallingHours.callableNumber();
        String moverNumber = CallingHours.callableNumber();
        String steadyNumber = CallingHours.callableNumber();
        long replier = id(agent.leads().create(LeadJson.newLead().phone(replierNumber)));
        JsonObject mover = agent.leads().create(LeadJson.newLead().phone(moverNumber));
        long steady = id(agent.leads().create(LeadJson.newLead().phone(steadyNumber)));
        JsonObject campaign = campaigns.launched(Campaigns.drip().add("exitOnReply", true)
                        .add("exitOnStatusChange", true),
                sms(0, campaigns.smsTemplate("Still thinking of selling, {{firstName}}? Reply and I'll call.")),
                sms(1, campaigns.smsTemplate("Following up about your home, {{firstName}}.")));
        long id = id(campaign);
        campaigns.enroll(id, replier, id(mover), steady);
        campaigns.awaitSends(id, 3, "SENT");

        assertThat(WEBHOOK.inboundMessage(replierNumber, OUR_NUMBER, "Yes, call me after 5").status())
                .isEqualTo(200);
        agent.leads().update(agent.leads().get(id(mover)), lead -> lead.status("CONTACTED"));

        JsonObject left = campaigns.enrollmentOf(id, replier);
        assertThat(left.getString("status")).as("out at once, before the next step").isEqualTo("EXITED");
        assertThat(left.getString("exitReason")).isEqualTo("the lead replied by text");
        assertThat(left.containsKey("nextDueAt")).isFalse();
        assertThat(campaignEntries(replier)).contains("CAMPAIGN_LEFT Left campaign " + campaign.getString("name")
                + ": the lead replied by text");
        assertThat(campaigns.enrollmentOf(id, id(mover)).getString("status")).as("the status is looked at when the "
                + "next step is due").isEqualTo("ACTIVE");

        // a minute later the steady lead gets the second text; the others never do
        JsonObject steadyIn = campaigns.enrollmentOf(id, steady);
        assertThat(Duration.between(Instant.parse(steadyIn.getString("enrolledAt")),
                Instant.parse(steadyIn.getString("nextDueAt")))).as("the second step's delay, from the tick that "
                + "took the first").isBetween(Duration.ofMinutes(1), Duration.ofMinutes(1).plusSeconds(30));
        Campaigns.stepsDueNow(id);
        campaigns.awaitSends(id, 4, send -> !send.getString("status").equals("QUEUED"));
        Eventually.pause(Duration.ofSeconds(5)); // two more ticks: nothing more goes
        List<JsonObject> sends = campaigns.sends(id);
        assertThat(sends).extracting(s -> s.getJsonNumber("leadId").longValue() + " " + s.getString("status"))
                .containsExactlyInAnyOrder(replier + " SENT", id(mover) + " SENT", steady + " SENT",
                        steady + " SENT");
        assertThat(twilio.receivedTo(steadyNumber)).extracting(FakeTwilio.Message::body)
                .containsExactly("Still thinking of selling, " + "Maria? Reply and I'll call. " + STOP_LINE,
                        "Following up about your home, Maria. " + STOP_LINE);
        assertThat(twilio.receivedTo(replierNumber)).hasSize(1);
        assertThat(twilio.receivedTo(moverNumber)).hasSize(1);
        JsonObject moved = campaigns.enrollmentOf(id, id(mover));
        assertThat(moved.getString("status")).isEqualTo("EXITED");
        assertThat(moved.getString("exitReason")).isEqualTo("the lead's status changed to CONTACTED");
        assertThat(campaigns.enrollmentOf(id, steady).getString("status")).isEqualTo("COMPLETED");

        JsonObject report = campaigns.report(id);
        assertThat(report.getJsonArray("steps").getJsonObject(0).getInt("replied")).isEqualTo(1);
        assertThat(report.getJsonObject("totals").getInt("responders")).isEqualTo(1);
        assertThat(report.getJsonObject("totals").getInt("exited")).isEqualTo(2);
    }

    @Test
    void stopTakesTheLeadOutOfEveryCampaignAndALaterCampaignsTextIsRefusedForTheCompanysList() {
        Account agent = Accounts.agent();
        Campaigns campaigns = Campaigns.as(agent.api());
        String number = CallingHours.callableNumber();
        long lead = id(agent.leads().create(LeadJson.newLead().phone(number)));
        JsonObject text = campaigns.smsTemplate("New listings near you this week, {{firstName}}.");
        // a campaign that stays on replies: STOP is no reply, it takes the lead out all the same
        JsonObject first = campaigns.launched(Campaigns.drip().add("exitOnReply", false), sms(0, text), sms(1, text));
        JsonObject calls = campaigns.launched(Campaigns.drip(), step("TASK", 60, null, "Call about the valuation"));
        campaigns.enroll(id(first), lead);
        campaigns.enroll(id(calls), lead);
        campaigns.awaitSends(id(first), 1, "SENT");

        assertThat(WEBHOOK.inboundMessage(number, OUR_NUMBER, " Stop ").status()).isEqualTo(200);

        for (JsonObject campaign : List.of(first, calls)) {
            JsonObject enrollment = campaigns.enrollmentOf(id(campaign), lead);
            assertThat(enrollment.getString("status")).isEqualTo("EXITED");
            assertThat(enrollment.getString("exitReason")).isEqualTo("opted out by text");
        }
        assertThat(actions(lead)).contains("TEXT_OPTED_OUT");

        JsonObject later = campaigns.launched(Campaigns.drip(), sms(0, text), step("TASK", 60, null, "Call"));
        assertThat(longs(campaigns.enroll(id(later), lead), "enrolled")).as("put in: the gate decides what goes")
                .containsExactly(lead);
        JsonObject refused = campaigns.awaitSends(id(later), 1, "REFUSED").get(0);

        assertThat(reasons(refused)).containsExactly("INTERNAL_DNC");
        assertThat(refused.getString("note")).startsWith("refused by the compliance gate: INTERNAL_DNC");
        assertThat(refused.containsKey("outboxTextId")).as("the outbox keeps the refused text").isTrue();
        List<JsonObject> toTheLead = campaigns.sendsTo(lead);
        assertThat(toTheLead).extracting(s -> s.getJsonNumber("campaignId").longValue() + " "
                + s.getString("status")).containsExactly(id(later) + " REFUSED", id(first) + " SENT");
        assertThat(toTheLead.get(0).getJsonArray("refusals").getJsonObject(0).getString("detail")).isNotBlank();
        JsonObject leftLater = campaigns.enrollmentOf(id(later), lead);
        assertThat(leftLater.getString("status")).isEqualTo("EXITED");
        assertThat(leftLater.getString("exitReason")).isEqualTo("on the company's Do-Not-Call list (opted out)");
        List<FakeTwilio.Message> texts = twilio.receivedTo(number);
        assertThat(texts).as("the first text, and the opt-out's confirmation; nothing after").hasSize(2);
        assertThat(texts.get(1).body()).contains("unsubscribed");
        JsonObject step = campaigns.report(id(later)).getJsonArray("steps").getJsonObject(0);
        assertThat(step.getInt("refused")).isEqualTo(1);
        assertThat(step.getJsonObject("suppressed")).isEqualTo(Json.createObjectBuilder().add("INTERNAL_DNC", 1)
                .build());
        assertThat(step.getInt("sent")).isZero();
    }

    @Test
    void outsideTheCallingHoursATextIsHeldUntilTheyOpenWhenTheCampaignHoldsAndRefusedWhenItDrops() {
        Optional<String> quiet = CallingHours.quietNumber();
        Assumptions.assumeTrue(quiet.isPresent(), "every zone is within the calling hours now");
        String number = quiet.get();
        List<ZoneId> zones = CallingHours.AREA_CODES.get(number.substring(2, 5));
        Account agent = Accounts.agent();
        Campaigns campaigns = Campaigns.as(agent.api());
        long lead = id(agent.leads().create(LeadJson.newLead().phone(number)));
        JsonObject text = campaigns.smsTemplate("Good morning {{firstName}}, a new listing for you.");
        JsonObject holding = campaigns.launched(Campaigns.drip(), sms(0, text), step("TASK", 1440, null, "Call"));
        JsonObject dropping = campaigns.launched(Campaigns.drip().add("whenRefused", "DROP"), sms(0, text),
                step("TASK", 1440, null, "Call"));
        campaigns.enroll(id(holding), lead);
        campaigns.enroll(id(dropping), lead);

        JsonObject held = campaigns.awaitSends(id(holding), 1, "HELD").get(0);
        JsonObject dropped = campaigns.awaitSends(id(dropping), 1, "REFUSED").get(0);

        Instant now = Instant.now();
        Instant opens = zones.stream().map(zone -> next(now.atZone(zone), CallingHours.OPENS).toInstant())
                .max(Comparator.naturalOrder()).orElseThrow();
        JsonObject quietHours = held.getJsonArray("refusals").getJsonObject(0);
        assertThat(reasons(held)).containsExactly("QUIET_HOURS");
        assertThat(Instant.parse(quietHours.getString("retryAt"))).isEqualTo(opens);
        assertThat(Instant.parse(held.getString("nextAttemptAt"))).as("held until the calling hours open")
                .isEqualTo(opens);
        assertThat(zones).extracting(ZoneId::getId).contains(quietHours.getString("zone"));
        assertThat(reasons(dropped)).containsExactly("QUIET_HOURS");
        assertThat(dropped.getString("note")).endsWith("(the campaign drops what it would hold)");
        assertThat(dropped.containsKey("nextAttemptAt")).isFalse();
        assertThat(twilio.receivedTo(number)).isEmpty();
        // the calling hours are no opt-out: the lead goes on to the next step in both
        for (JsonObject campaign : List.of(holding, dropping)) {
            JsonObject enrollment = campaigns.enrollmentOf(id(campaign), lead);
            assertThat(enrollment.getString("status")).isEqualTo("ACTIVE");
            assertThat(enrollment.getInt("nextPosition")).isEqualTo(2);
        }
        assertThat(campaignEntries(lead)).contains(
                "CAMPAIGN_SEND Campaign " + holding.getString("name") + ", step 1 (SMS): held until " + opens
                        + " by the compliance gate",
                "CAMPAIGN_SEND Campaign " + dropping.getString("name") + ", step 1 (SMS): refused: refused by the "
                        + "compliance gate: QUIET_HOURS (the campaign drops what it would hold)");
        JsonObject heldStep = campaigns.report(id(holding)).getJsonArray("steps").getJsonObject(0);
        assertThat(heldStep.getInt("held")).isEqualTo(1);
        assertThat(heldStep.getInt("refused")).isZero();
        JsonObject droppedStep = campaigns.report(id(dropping)).getJsonArray("steps").getJsonObject(0);
        assertThat(droppedStep.getInt("held")).isZero();
        assertThat(droppedStep.getJsonObject("suppressed").getInt("QUIET_HOURS")).isEqualTo(1);
    }

    @Test
    void aOneOffCampaignTextsItsAudienceBySourceExactlyOnceAndNobodyElse() {
        Account agent = Accounts.agent();
        Account other = Accounts.agent();
        Campaigns campaigns = Campaigns.as(agent.api());
        String tag = Unique.name();
        Map<String, String> audience = Map.of("Zillow" + tag, CallingHours.callableNumber(),
                "ZILLOW" + tag.toUpperCase() + " Premier", CallingHours.callableNumber(),
                "zillow" + tag.toLowerCase() + " flex", CallingHours.callableNumber());
        List<Long> audienceLeads = audience.entrySet().stream().map(lead -> id(agent.leads().create(
                LeadJson.newLead().source(lead.getKey()).phone(lead.getValue())))).toList();
        String notAPrefix = CallingHours.callableNumber();
        agent.leads().create(LeadJson.newLead().source("Open house, Zillow" + tag).phone(notAPrefix));
        String deletedNumber = CallingHours.callableNumber();
        long deleted = id(agent.leads().create(LeadJson.newLead().source("Zillow" + tag).phone(deletedNumber)));
        agent.api().delete(Leads.path(deleted)).expect(204);
        String othersNumber = CallingHours.callableNumber();
        other.leads().create(LeadJson.newLead().source("Zillow" + tag).phone(othersNumber));
        JsonObject campaign = campaigns.withSteps(campaigns.create(Campaigns.oneOff()
                .add("filterSource", "zILLOW" + tag)), sms(0, campaigns.smsTemplate("Your home's value, {{firstName}}: "
                        + "ask me for a free estimate.")));
        long id = id(campaign);
        assertThat(campaign.getJsonObject("filter").getString("source")).isEqualTo("zILLOW" + tag);

        assertThat(agent.api().get(Campaigns.path(id) + "/audience-size").expect(200).json().getInt("leads"))
                .as("the agent's live leads whose source begins so, in any case").isEqualTo(3);
        campaigns.launch(campaign);
        String lateNumber = CallingHours.callableNumber();
        long late = id(agent.leads().create(LeadJson.newLead().source("Zillow" + tag).phone(lateNumber)));

        List<JsonObject> sends = campaigns.awaitSends(id, 3, "SENT");
        Eventually.pause(Duration.ofSeconds(5)); // two more ticks: nothing goes twice, and nobody later
        assertThat(campaigns.sends(id)).hasSize(3);
        assertThat(sends).extracting(s -> s.getJsonNumber("leadId").longValue())
                .containsExactlyInAnyOrderElementsOf(audienceLeads);
        audience.values().forEach(number -> assertThat(twilio.receivedTo(number)).as(number).singleElement()
                .satisfies(text -> assertThat(text.body()).startsWith("Your home's value, Maria: ")));
        for (String nobody : List.of(notAPrefix, deletedNumber, othersNumber, lateNumber)) {
            assertThat(twilio.receivedTo(nobody)).as(nobody).isEmpty();
        }
        assertThat(campaigns.enrollments(id)).extracting(e -> e.getString("how")).containsOnly("AUDIENCE")
                .hasSize(3);
        assertThat(campaigns.sendsTo(late)).isEmpty();
        assertThat(campaigns.report(id).getJsonObject("totals").getInt("sent")).isEqualTo(3);
    }

    @Test
    void aDripsRuleTakesTheMatchingLeadsThatArriveWhileItRunsAndNoOthers() {
        Account agent = Accounts.agent();
        Account other = Accounts.agent();
        Campaigns campaigns = Campaigns.as(agent.api());
        String tag = Unique.name();
        String beforeNumber = CallingHours.callableNumber();
        agent.leads().create(LeadJson.newLead().source("Open house " + tag).phone(beforeNumber));
        JsonObject campaign = campaigns.launched(Campaigns.drip().add("filterSource", "open house " + tag)
                .add("filterStatus", "NEW"), sms(0, campaigns.smsTemplate("Thanks for coming by, {{firstName}}!")));
        long id = id(campaign);
        assertThat(campaign.getJsonObject("filter").getString("status")).isEqualTo("NEW");

        String arrivedNumber = CallingHours.callableNumber();
        long arrived = id(agent.leads().create(LeadJson.newLead().source("Open House " + tag + " Sunday")
                .phone(arrivedNumber)));
        String elsewhereNumber = CallingHours.callableNumber();
        agent.leads().create(LeadJson.newLead().source("Zillow " + tag).phone(elsewhereNumber));
        String othersNumber = CallingHours.callableNumber();
        other.leads().create(LeadJson.newLead().source("Open house " + tag).phone(othersNumber));

        JsonObject sent = campaigns.awaitSends(id, 1, "SENT").get(0);
        assertThat(sent.getJsonNumber("leadId").longValue()).isEqualTo(arrived);
        assertThat(single(twilio.receivedTo(arrivedNumber)).body()).isEqualTo("Thanks for coming by, Maria! "
                + STOP_LINE);
        Eventually.pause(Duration.ofSeconds(5)); // two more ticks: nobody else, nothing twice
        assertThat(campaigns.enrollments(id)).singleElement().satisfies(enrollment -> {
            assertThat(enrollment.getJsonNumber("leadId").longValue()).isEqualTo(arrived);
            assertThat(enrollment.getString("how")).isEqualTo("RULE");
        });
        assertThat(campaigns.sends(id)).hasSize(1);
        for (String nobody : List.of(beforeNumber, elsewhereNumber, othersNumber)) {
            assertThat(twilio.receivedTo(nobody)).as(nobody).isEmpty();
        }
        assertThat(twilio.receivedTo(arrivedNumber)).hasSize(1);
        assertThat(campaignEntries(arrived)).contains("CAMPAIGN_SEND Campaign " + campaign.getString("name")
                + ", step 1 (SMS): sent");
    }

    @Test
    void aPausedCampaignSendsNothingUntilItIsResumedAndAnEndedOneNothingMore() {
        Account agent = Accounts.agent();
        Campaigns campaigns = Campaigns.as(agent.api());
        String number = CallingHours.callableNumber();
        long lead = id(agent.leads().create(LeadJson.newLead().phone(number)));
        JsonObject text = campaigns.smsTemplate("A price drop on Elm St, {{firstName}}.");
        JsonObject campaign = campaigns.launched(Campaigns.drip(), sms(0, text), step("TASK", 60, null, "Call"));
        long id = id(campaign);
        JsonObject paused = agent.api().post(Campaigns.path(id) + "/pause", JsonObject.EMPTY_JSON_OBJECT).expect(200)
                .json();
        assertThat(paused.getString("status")).isEqualTo("PAUSED");
        assertThatProblem(agent.api().post(Campaigns.path(id) + "/pause", JsonObject.EMPTY_JSON_OBJECT))
                .hasStatus(409);

        campaigns.enroll(id, lead);
        Eventually.pause(Duration.ofSeconds(5)); // two ticks: the step is due, and waits

        assertThat(campaigns.sends(id)).isEmpty();
        assertThat(twilio.receivedTo(number)).isEmpty();
        assertThat(agent.api().post(Campaigns.path(id) + "/resume", JsonObject.EMPTY_JSON_OBJECT).expect(200).json()
                .getString("status")).isEqualTo("ACTIVE");
        campaigns.awaitSends(id, 1, "SENT");
        assertThat(twilio.receivedTo(number)).hasSize(1);

        JsonObject ended = agent.api().post(Campaigns.path(id) + "/end", JsonObject.EMPTY_JSON_OBJECT).expect(200)
                .json();
        assertThat(ended.getString("status")).isEqualTo("ENDED");
        assertThat(ended.getString("endedAt")).isNotBlank();
        assertThatProblem(agent.api().post(Campaigns.path(id) + "/resume", JsonObject.EMPTY_JSON_OBJECT))
                .hasStatus(409);
        assertThatProblem(agent.api().post(Campaigns.path(id) + "/end", JsonObject.EMPTY_JSON_OBJECT))
                .hasStatus(409);
    }

    @Test
    void aProvidersFailuresAreRetriedThenADeadLetterThatAnAdminSendsAgainOnce() {
        Account agent = Accounts.agent();
        Campaigns campaigns = Campaigns.as(agent.api());
        String firstNumber = CallingHours.callableNumber();
        String secondNumber = CallingHours.callableNumber();
        long first = id(agent.leads().create(LeadJson.newLead().phone(firstNumber)));
        long second = id(agent.leads().create(LeadJson.newLead().phone(secondNumber)));
        JsonObject campaign = campaigns.launched(Campaigns.drip(), sms(0, campaigns.smsTemplate(
                "Open house on Sunday, {{firstName}}!")));
        long id = id(campaign);
        twilio.failNext(6, 503);

        campaigns.enroll(id, first, second);

        Set<String> seen = new TreeSet<>();
        List<JsonObject> dead = Eventually.await("both sends to fail for good", Duration.ofSeconds(60), () -> {
            List<JsonObject> sends = campaigns.sends(id);
            sends.forEach(send -> seen.add(send.getString("status")));
            return sends;
        }, sends -> sends.size() == 2 && sends.stream().allMatch(s -> s.getString("status").equals("FAILED")));
        assertThat(seen).as("retried before given up").contains("RETRYING");
        assertThat(dead).allSatisfy(send -> {
            assertThat(send.getInt("failures")).isEqualTo(3);
            assertThat(send.getString("note")).contains("Twilio answered 503").endsWith("(after 3 tries)");
        });
        assertThat(twilio.failedRequests()).isEqualTo(6);
        assertThat(twilio.receivedTo(firstNumber)).isEmpty();
        assertThat(twilio.receivedTo(secondNumber)).isEmpty();

        // the dead letters are an admin's
        String deadLetters = Campaigns.DEAD_LETTERS + Query.of("campaignId", id);
        assertThatProblem(agent.api().get(deadLetters)).hasStatus(403).hasType("forbidden");
        long firstSend = sendOf(dead, first, "SMS").getJsonNumber("id").longValue();
        assertThatProblem(agent.api().post(Campaigns.DEAD_LETTERS + "/" + firstSend + "/replay",
                JsonObject.EMPTY_JSON_OBJECT)).hasStatus(403).hasType("forbidden");
        Response listed = admin().get(deadLetters).expect(200);
        assertThat(listed.total()).isEqualTo(2);
        assertThat(listed.ids()).containsExactlyInAnyOrderElementsOf(dead.stream().map(Leads::id).toList());

        // Twilio is back: one replayed, then the rest of the campaign's
        JsonObject replayed = admin().post(Campaigns.DEAD_LETTERS + "/" + firstSend + "/replay",
                JsonObject.EMPTY_JSON_OBJECT).expect(200).json();
        assertThat(replayed.getString("status")).isEqualTo("QUEUED");
        assertThat(replayed.getString("note")).startsWith("replayed by ");
        Eventually.await("the replayed send", () -> campaigns.sendsOf(id, first).get(0),
                send -> send.getString("status").equals("SENT"));
        assertThat(admin().post(Campaigns.DEAD_LETTERS + "/replay" + Query.of("campaignId", id),
                JsonObject.EMPTY_JSON_OBJECT).expect(200).json().getInt("replayed")).isEqualTo(1);
        campaigns.awaitSends(id, 2, "SENT");
        assertThatProblem(admin().post(Campaigns.DEAD_LETTERS + "/" + firstSend + "/replay",
                JsonObject.EMPTY_JSON_OBJECT)).hasStatus(409);
        Eventually.pause(Duration.ofSeconds(5)); // two more ticks: nothing goes twice
        assertThat(twilio.receivedTo(firstNumber)).hasSize(1);
        assertThat(twilio.receivedTo(secondNumber)).hasSize(1);
        assertThat(admin().get(deadLetters).expect(200).total()).isZero();
        assertThat(actions(first)).contains("CAMPAIGN_SEND_REPLAYED");
        assertThat(campaigns.sendsTo(first)).singleElement().satisfies(send -> {
            assertThat(send.getString("status")).isEqualTo("SENT");
            assertThat(send.getJsonNumber("cost").bigDecimalValue()).isEqualByComparingTo(SMS_PRICE);
        });
        JsonObject step = campaigns.report(id).getJsonArray("steps").getJsonObject(0);
        assertThat(step.getInt("sent")).isEqualTo(2);
        assertThat(step.getInt("failed")).isZero();
    }

    @Test
    void aMessageTheTemplateCannotMakeForALeadIsADeadLetterThatSaysWhyAndGoesOnceTheTemplateIsFixed() {
        Account agent = Accounts.agent();
        Campaigns campaigns = Campaigns.as(agent.api());
        String number = CallingHours.callableNumber();
        // names as long as a lead's may be (80 characters each)
        String first = ("Anna" + Unique.word()).repeat(7).substring(0, 80);
        String last = ("Lee" + Unique.word()).repeat(7).substring(0, 80);
        long texted = id(agent.leads().create(LeadJson.newLead().firstName(first).lastName(last).phone(number)));
        JsonObject dana = agent.leads().create(LeadJson.newLead().firstName("Dana").without("lastName"));
        // a text the template allows (it leaves room for the opt-out line), which this lead's full name makes longer
        // than Twilio's 1,600 characters
        String longBody = "Hi {{fullName}}! " + "Big news on your street. ".repeat(59);
        JsonObject text = campaigns.smsTemplate(longBody);
        // a subject that is the lead's last name alone: nothing, for a lead without one
        JsonObject mail = campaigns.emailTemplate("{{lastName}}", null, "Hi {{firstName}}, news on your street.");
        JsonObject texts = campaigns.launched(Campaigns.drip(), sms(0, text));
        JsonObject mails = campaigns.launched(Campaigns.drip(), email(0, mail));

        campaigns.enroll(id(texts), texted);
        campaigns.enroll(id(mails), id(dana));

        JsonObject deadText = campaigns.awaitSends(id(texts), 1, "FAILED").get(0);
        JsonObject deadMail = campaigns.awaitSends(id(mails), 1, "FAILED").get(0);
        assertThat(deadText.getString("note")).contains("body must be at most 1600 characters");
        assertThat(deadMail.getString("note")).contains("subject must not be blank");
        assertThat(twilio.receivedTo(number)).isEmpty();
        assertThat(sendGrid.receivedTo(dana.getString("email"))).isEmpty();
        assertThat(admin().get(Campaigns.DEAD_LETTERS + Query.of("campaignId", id(texts))).expect(200).ids())
                .containsExactly(id(deadText));

        // the agent mends the templates; an admin sends the dead letters again, and each goes once
        agent.api().put(Campaigns.TEMPLATES + "/" + id(text), Campaigns.smsTemplateJson("Hi {{firstName}}! Big "
                + "news on your street.").add("version", text.getJsonNumber("version")).build()).expect(200);
        agent.api().put(Campaigns.TEMPLATES + "/" + id(mail), Campaigns.emailTemplateJson("News for {{fullName}}",
                null, "Hi {{firstName}}, news on your street.").add("version", mail.getJsonNumber("version")).build())
                .expect(200);
        for (JsonObject campaign : List.of(texts, mails)) {
            assertThat(admin().post(Campaigns.DEAD_LETTERS + "/replay" + Query.of("campaignId", id(campaign)),
                    JsonObject.EMPTY_JSON_OBJECT).expect(200).json().getInt("replayed")).isEqualTo(1);
        }
        campaigns.awaitSends(id(texts), 1, "SENT");
        campaigns.awaitSends(id(mails), 1, "SENT");
        assertThat(single(twilio.receivedTo(number)).body()).isEqualTo("Hi " + first + "! Big news on your "
                + "street. " + STOP_LINE);
        assertThat(single(sendGrid.receivedTo(dana.getString("email"))).body().getString("subject"))
                .isEqualTo("News for Dana");
    }

    @Test
    void theUnsubscribeLinkShowsAButtonAndItsOneClickPostStopsEveryLaterEmail() {
        Account agent = Accounts.agent();
        Campaigns campaigns = Campaigns.as(agent.api());
        JsonObject lead = agent.leads().create(LeadJson.newLead());
        String address = lead.getString("email");
        JsonObject mail = campaigns.emailTemplate("News for {{firstName}}", null, "Hi {{firstName}}, prices on your "
                + "street went up this month.");
        JsonObject first = campaigns.launched(Campaigns.drip(), email(0, mail), email(1, mail));
        campaigns.enroll(id(first), id(lead));
        campaigns.awaitSends(id(first), 1, "SENT");
        JsonObject message = single(sendGrid.receivedTo(address)).body();
        Matcher link = LIST_UNSUBSCRIBE.matcher(message.getJsonObject("headers").getString("List-Unsubscribe"));
        assertThat(link.matches()).isTrue();
        String path = link.group(1);

        Response page = anonymous().get(path, "text/html");

        assertThat(page.status()).as(page.describe()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html");
        assertThat(page.body()).contains("<form method=\"post\">").contains(">Unsubscribe</button>");
        assertThat(emailVerdict(address).getBoolean("allowed")).as("opening the page changes nothing").isTrue();
        Response unknown = anonymous().get("/api/v1/unsubscribe/" + "0".repeat(48), "text/html");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("not known");
        assertThat(anonymous().get("/api/v1/unsubscribe/not-a-token", "text/html").status()).isEqualTo(404);

        Response oneClick = oneClick(path);

        assertThat(oneClick.status()).as(oneClick.describe()).isEqualTo(200);
        assertThat(oneClick.body()).contains("Unsubscribed");
        JsonObject verdict = emailVerdict(address);
        assertThat(verdict.getBoolean("allowed")).isFalse();
        assertThat(verdict.getJsonArray("refusals").getJsonObject(0).getString("reason")).isEqualTo("EMAIL_OPTED_OUT");
        JsonObject left = campaigns.enrollmentOf(id(first), id(lead));
        assertThat(left.getString("status")).isEqualTo("EXITED");
        assertThat(left.getString("exitReason")).isEqualTo("unsubscribed from email");
        assertThat(oneClick(path).status()).as("a second click: the same answer").isEqualTo(200);
        assertThat(actions(id(lead)).stream().filter("EMAIL_OPTED_OUT"::equals)).hasSize(1);
        assertThat(actions(id(lead))).contains("CAMPAIGN_LEFT");
        assertThat(campaigns.report(id(first)).getJsonArray("steps").getJsonObject(0).getInt("optedOut"))
                .isEqualTo(1);

        JsonObject next = campaigns.launched(Campaigns.drip(), email(0, mail), step("TASK", 60, null, "Call"));
        campaigns.enroll(id(next), id(lead));
        JsonObject refused = campaigns.awaitSends(id(next), 1, "REFUSED").get(0);

        assertThat(reasons(refused)).containsExactly("EMAIL_OPTED_OUT");
        assertThat(refused.containsKey("outboxMailId")).isFalse();
        assertThat(campaigns.sendsTo(id(lead)).get(0).getString("status")).isEqualTo("REFUSED");
        assertThat(campaigns.enrollmentOf(id(next), id(lead)).getString("exitReason"))
                .isEqualTo("opted out of email");
        assertThat(sendGrid.receivedTo(address)).as("the one email before the click").hasSize(1);
    }

    @Test
    void theLinkUnsubscribesTheAddressTheEmailWentToEvenWhenTheLeadsAddressChangedSince() {
        Account agent = Accounts.agent();
        Campaigns campaigns = Campaigns.as(agent.api());
        JsonObject lead = agent.leads().create(LeadJson.newLead());
        String mailed = lead.getString("email");
        JsonObject campaign = campaigns.launched(Campaigns.drip(), email(0, campaigns.emailTemplate(
                "Open house Sunday, {{firstName}}", null, "Come by at 2 pm.")));
        campaigns.enroll(id(campaign), id(lead));
        campaigns.awaitSends(id(campaign), 1, "SENT");
        Matcher link = LIST_UNSUBSCRIBE.matcher(single(sendGrid.receivedTo(mailed)).body().getJsonObject("headers")
                .getString("List-Unsubscribe"));
        assertThat(link.matches()).isTrue();
        String newAddress = Unique.email("moved");
        agent.leads().update(agent.leads().get(id(lead)), json -> json.email(newAddress));

        assertThat(oneClick(link.group(1)).status()).isEqualTo(200);

        assertThat(emailVerdict(mailed).getBoolean("allowed")).as("the address that got the email and clicked")
                .isFalse();
        assertThat(campaigns.enrollmentOf(id(campaign), id(lead)).getString("status"))
                .as("the campaign had ended for the lead before the click").isEqualTo("COMPLETED");
        assertThat(campaigns.report(id(campaign)).getJsonArray("steps").getJsonObject(0).getInt("optedOut"))
                .as("the click counts for the email's step all the same").isEqualTo(1);
        assertThat(emailVerdict(newAddress).getBoolean("allowed")).as("an address that never got our mail")
                .isTrue();
    }

    @Test
    void campaignsReachingOneNumberAtOnceSendNoMoreThanTheCapAllows() {
        Account agent = Accounts.agent();
        Campaigns campaigns = Campaigns.as(agent.api());
        String number = CallingHours.callableNumber();
        long lead = id(agent.leads().create(LeadJson.newLead().phone(number)));
        JsonObject text = campaigns.smsTemplate("Open house on your street this weekend, {{firstName}}.");
        List<Long> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            four.add(id(campaigns.launched(Campaigns.drip(), sms(0, text))));
        }
        // one lead in four campaigns within a tick or two: their sends, one a message in the test profile, meet in
        // four consumers at the same moment, each counting the number's texts before recording its own
        four.forEach(campaign -> campaigns.enroll(campaign, lead));

        List<JsonObject> sends = Eventually.await("four sends to the lead to settle", Duration.ofSeconds(90),
                () -> campaigns.sendsTo(lead), all -> all.size() == 4 && all.stream()
                        .allMatch(send -> List.of("SENT", "HELD").contains(send.getString("status"))));

        assertThat(sends).extracting(send -> send.getString("status")).as("the cap: three a day")
                .containsExactlyInAnyOrder("SENT", "SENT", "SENT", "HELD");
        assertThat(reasons(sends.stream().filter(send -> send.getString("status").equals("HELD")).findFirst()
                .orElseThrow())).containsExactly("FREQUENCY_CAP");
        assertThat(twilio.receivedTo(number)).hasSize(3);
    }

    @Test
    void theReportCountsWhatWentWhatTheGateHeldOrRefusedWhoRepliedAndWhatItCost() throws IOException {
        Account agent = Accounts.agent();
        Campaigns campaigns = Campaigns.as(agent.api());
        String source = "Report " + Unique.name();
        String cappedNumber = CallingHours.callableNumber();
        String replierNumber = CallingHours.callableNumber();
        String optedOutNumber = CallingHours.callableNumber();
        long capped = id(agent.leads().create(LeadJson.newLead().source(source).phone(cappedNumber)));
        long replier = id(agent.leads().create(LeadJson.newLead().source(source).phone(replierNumber)));
        long optedOut = id(agent.leads().create(LeadJson.newLead().source(source).phone(optedOutNumber)));
        long noPhone = id(agent.leads().create(LeadJson.newLead().source(source).set("phones",
                JsonValue.EMPTY_JSON_ARRAY)));
        admin().post("/api/v1/pipeline/dnc/internal", Json.createObjectBuilder().add("phone", optedOutNumber)
                .add("source", "asked on a call not to be contacted").build()).expect(201);
        JsonObject warmUp = campaigns.smsTemplate("Market update {{firstName}}.");
        // three marketing texts today: the brokerage's cap for one number
        JsonObject earlier = campaigns.launched(Campaigns.drip(), sms(0, warmUp), sms(0, warmUp), sms(0, warmUp));
        campaigns.enroll(id(earlier), capped);
        campaigns.awaitSends(id(earlier), 3, "SENT");
        JsonObject campaign = campaigns.launched(Campaigns.drip(), sms(0, campaigns.smsTemplate(
                "Thinking of selling this spring, {{firstName}}?")));
        long id = id(campaign);

        campaigns.enroll(id, capped, replier, optedOut, noPhone);

        List<JsonObject> sends = campaigns.awaitSends(id, 4, "HELD", "SENT", "REFUSED", "SKIPPED");
        assertThat(sends).extracting(s -> s.getJsonNumber("leadId").longValue() + " " + s.getString("status"))
                .containsExactlyInAnyOrder(capped + " HELD", replier + " SENT", optedOut + " REFUSED",
                        noPhone + " SKIPPED");
        JsonObject held = sendOf(sends, capped, "SMS");
        assertThat(reasons(held)).containsExactly("FREQUENCY_CAP");
        assertThat(Instant.parse(held.getString("nextAttemptAt"))).isAfter(Instant.now().plus(Duration.ofHours(23)));
        assertThat(sendOf(sends, noPhone, "SMS").getString("note")).isEqualTo("the lead has no phone number to text");
        FakeTwilio.Message sent = single(twilio.receivedTo(replierNumber));
        assertThat(WEBHOOK.statusCallback(sent, "delivered", null).status()).isEqualTo(204);
        assertThat(WEBHOOK.inboundMessage(replierNumber, OUR_NUMBER, "Yes, what would mine sell for?").status())
                .isEqualTo(200);

        JsonObject report = campaigns.report(id);

        JsonObject step = report.getJsonArray("steps").getJsonObject(0);
        assertThat(step.getString("action")).isEqualTo("SMS");
        assertThat(ints(step, "sent", "delivered", "replied", "held", "refused", "failed", "skipped", "pending"))
                .containsExactly(1, 1, 1, 1, 1, 0, 1, 0);
        assertThat(step.getJsonObject("suppressed")).isEqualTo(Json.createObjectBuilder().add("INTERNAL_DNC", 1)
                .build());
        assertThat(decimal(step, "cost")).isEqualByComparingTo(SMS_PRICE);
        JsonObject totals = report.getJsonObject("totals");
        assertThat(ints(totals, "enrolled", "sent", "responders", "leadsCreated", "leads"))
                .containsExactly(4, 1, 1, 0, 1);
        assertThat(decimal(totals, "cost")).isEqualByComparingTo(SMS_PRICE);
        assertThat(decimal(totals, "costPerLead")).as("the cost over the leads who responded")
                .isEqualByComparingTo(SMS_PRICE);
        String day = Instant.parse(sendOf(sends, replier, "SMS").getString("sentAt"))
                .atZone(ZoneId.of("America/New_York")).toLocalDate().toString();
        assertThat(report.getJsonArray("days").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("day") + " " + d.getString("source") + " " + d.getInt("sent") + " "
                        + d.getInt("responded"))
                .containsExactly(day + " " + source + " 1 1");

        Response csv = agent.api().get(Campaigns.path(id) + "/report.csv", "text/csv").expect(200);
        assertThat(csv.contentType()).isEqualTo("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("campaign-" + id + "-report.csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(csv.body())).getRecords();
        assertThat(rows.get(0).toList()).containsExactly("Step", "Action", "Sent", "Delivered", "Opened", "Clicked",
                "Replied", "Opted out", "Held", "Refused", "Suppressed by reason", "Failed", "Skipped", "Pending",
                "Cost", "Leads created");
        assertThat(rows.get(1).toList()).containsExactly("1", "SMS", "1", "1", "0", "0", "1", "0", "1", "1",
                "INTERNAL_DNC 1", "0", "1", "0", "0.0083", "");
        assertThat(rows.get(2).get(0)).isEqualTo("Total");
        assertThat(new BigDecimal(rows.get(2).get(14))).isEqualByComparingTo(SMS_PRICE);
        assertThat(rows.get(3).toList().subList(0, 6)).containsExactly("Responders", "1", "Cost per lead", "0.0083",
                "Enrolled", "4");
        assertThat(rows.get(4).toList().subList(0, 3)).containsExactly("Day " + day, source, "1");
        assertThat(rows.get(4).get(15)).as("no audience, no lead created").isEqualTo("0");
        assertThat(rows).hasSize(5);
        assertThat(Accounts.agent().api().get(Campaigns.path(id) + "/report.csv", "text/csv").status())
                .as("another agent's campaign does not exist for them").isEqualTo(404);
    }

    @Test
    void aDirectMailStepsBatchHoldsALetterForEachLeadWithAnAddressAndSkipsTheOthers() throws IOException {
        String street = Unique.name();
        String word = Unique.word();
        long mapping = id(admin().post(PIPELINE + "/mappings", Json.createObjectBuilder()
                .add("name", "Mailer " + street).add("style", "PROPSTREAM").build()).expect(201).json());
        long source = id(admin().post(PIPELINE + "/sources", Json.createObjectBuilder().add("name", "Mailer " + street)
                .add("kind", "UPLOAD").add("mappingId", mapping).add("traceWith", "FILE").build()).expect(201).json());
        String csv = LIST_HEADER
                + "Olga," + street + ",9 Oak Ave,Dallas,TX,75201,1 " + street + " St,Boston,MA,02134,,300000,50,N,"
                + "olga." + word + "@example.com\n"
                + "Piet," + street + ",,,,,2 " + street + " St,Boston,MA,02134,,300000,50,N,piet." + word
                + "@example.com\n";
        long pull = id(admin().upload(PIPELINE + "/sources/" + source + "/pulls", "mailer.csv", "text/csv",
                () -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))).expect(201).json());
        JsonObject done = Eventually.await("the list's run", Duration.ofSeconds(90),
                () -> admin().get(PIPELINE + "/pulls/" + pull).expect(200).json(),
                p -> List.of("DONE", "FAILED").contains(p.getString("status")));
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("DONE");
        Map<String, Long> owners = admin().get(PIPELINE + "/pulls/" + pull + "/rows").expect(200).array().stream()
                .collect(Collectors.toMap(row -> row.getString("ownerName"),
                        row -> row.getJsonNumber("leadId").longValue()));
        long olga = owners.get("Olga " + street);
        long piet = owners.get("Piet " + street);
        long nowhere = id(adminLeads().create(LeadJson.newLead()));
        Campaigns campaigns = Campaigns.as(admin());

        assertThatProblem(admin().post(Campaigns.CAMPAIGNS, Campaigns.drip().add("filterPullId", pull).build()))
                .hasStatus(400).hasFieldErrorsExactly("filterPullId");
        JsonObject campaign = campaigns.create(Campaigns.oneOff().add("filterPullId", pull));
        assertThat(admin().get(Campaigns.path(campaign) + "/audience-size").expect(200).json().getInt("leads"))
                .isEqualTo(2);
        String about = "Just sold on your street: what yours may be worth";
        campaign = campaigns.launch(campaigns.withSteps(campaign, step("DIRECT_MAIL", 0, null, about)));
        long id = id(campaign);
        long stepId = id(campaign.getJsonArray("steps").getJsonObject(0));
        campaigns.enroll(id, nowhere);
        campaigns.awaitSends(id, 3, "AWAITING_BATCH");

        Response made = admin().post(Campaigns.path(id) + "/steps/" + stepId + "/mail-batches",
                JsonObject.EMPTY_JSON_OBJECT);

        assertThat(made.status()).as(made.describe()).isEqualTo(201);
        JsonObject batch = made.json();
        assertThat(batch.getInt("pieces")).isEqualTo(2);
        assertThat(made.header("Location")).endsWith(Campaigns.path(id) + "/mail-batches/" + id(batch));
        List<JsonObject> sends = campaigns.sends(id);
        JsonObject olgasLetter = sendOf(sends, olga, "DIRECT_MAIL");
        JsonObject pietsLetter = sendOf(sends, piet, "DIRECT_MAIL");
        for (JsonObject letter : List.of(olgasLetter, pietsLetter)) {
            assertThat(letter.getString("status")).isEqualTo("MAILED");
            assertThat(letter.getJsonNumber("mailBatchId").longValue()).isEqualTo(id(batch));
            assertThat(letter.getJsonNumber("cost").bigDecimalValue()).isEqualByComparingTo(LETTER_PRICE);
        }
        JsonObject skipped = sendOf(sends, nowhere, "DIRECT_MAIL");
        assertThat(skipped.getString("status")).isEqualTo("SKIPPED");
        assertThat(skipped.getString("note")).contains("no whole postal address");
        assertThat(admin().get(Campaigns.path(id) + "/mail-batches").expect(200).ids()).containsExactly(id(batch));

        Response file = admin().get(Campaigns.path(id) + "/mail-batches/" + id(batch), "text/csv").expect(200);
        assertThat(file.contentType()).isEqualTo("text/csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(file.body())).getRecords();
        assertThat(rows.get(0).toList()).containsExactly("Name", "Address Line 1", "Address Line 2", "City",
                "State", "ZIP", "Property Address", "Reference");
        Map<String, List<String>> letters = rows.subList(1, rows.size()).stream()
                .collect(Collectors.toMap(row -> row.get(7), CSVRecord::toList));
        assertThat(letters).hasSize(2);
        assertThat(letters.get("CS-" + id(olgasLetter)).subList(0, 6)).as("to where the owner gets mail")
                .containsExactly("Olga " + street, "9 Oak Ave", "", "Dallas", "TX", "75201");
        assertThat(letters.get("CS-" + id(olgasLetter)).get(6)).containsIgnoringCase("1 " + street + " St");
        assertThat(letters.get("CS-" + id(pietsLetter)).subList(0, 6)).as("no mailing address: to the house")
                .containsExactly("Piet " + street, "2 " + street + " St", "", "Boston", "MA", "02134");

        assertThatProblem(admin().post(Campaigns.path(id) + "/steps/" + stepId + "/mail-batches",
                JsonObject.EMPTY_JSON_OBJECT)).hasStatus(409);
        JsonObject step = campaigns.report(id).getJsonArray("steps").getJsonObject(0);
        assertThat(ints(step, "sent", "skipped", "pending")).containsExactly(2, 1, 0);
        assertThat(decimal(step, "cost")).isEqualByComparingTo(LETTER_PRICE.multiply(BigDecimal.valueOf(2)));
    }

    @Test
    void templatesAndStepsAreCheckedAndAgentsReachOnlyTheirOwnCampaignsTemplatesAndLeads() {
        Account agent = Accounts.agent();
        Account other = Accounts.agent();
        Campaigns mine = Campaigns.as(agent.api());
        Api api = agent.api();

        // a merge field that does not exist is refused, never sent as written
        Response misspelt = api.post(Campaigns.TEMPLATES, Campaigns.smsTemplateJson("Hi {{frstName}}, still "
                + "selling?").build());
        assertThatProblem(misspelt).hasStatus(400).hasType("invalid-input").hasFieldErrorsExactly("body");
        assertThat(misspelt.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("{{frstName}}");
        assertThatProblem(api.post(Campaigns.TEMPLATES, Campaigns.emailTemplateJson("Hello {{firstName}}",
                "Hello {{agent}}", "Hi {{firstName}} {{lastname}}").build())).hasStatus(400)
                .hasFieldErrorsExactly("subjectB", "body");
        assertThatProblem(api.post(Campaigns.TEMPLATES, Campaigns.smsTemplateJson("Hi").add("subject", "A text?")
                .build())).hasStatus(400).hasFieldErrorsExactly("subject");
        assertThatProblem(api.post(Campaigns.TEMPLATES, Campaigns.emailTemplateJson("", null, "Hi").build()))
                .hasStatus(400).hasFieldErrorsExactly("subject");

        // the preview: the lead's own words, a fallback for what it lacks, and the opt-out line a text needs
        JsonObject dana = agent.leads().create(LeadJson.newLead().firstName("Dana").without("lastName"));
        JsonObject prose = mine.smsTemplate("Dear {{lastName|neighbor}}, {{agentName}} has two new listings for "
                + "you.");
        assertThat(preview(api, prose, dana).getString("body")).isEqualTo("Dear neighbor, " + agent.name()
                + " has two new listings for you. " + STOP_LINE);
        JsonObject saysHow = mine.smsTemplate("Hi {{firstName}}! Text STOP to end these.");
        assertThat(preview(api, saysHow, dana).getString("body")).isEqualTo("Hi Dana! Text STOP to end these.");
        JsonObject abTest = mine.emailTemplate("{{firstName}}, your home", "{{fullName}}: {{brokerage}} news",
                "Hi {{firstName}}");
        JsonObject previewed = preview(api, abTest, dana);
        assertThat(previewed.getString("subjectA")).isEqualTo("Dana, your home");
        assertThat(previewed.getString("subjectB")).isEqualTo("Dana: " + BROKERAGE + " news");
        assertThat(previewed.getString("body")).isEqualTo("Hi Dana");
        assertThatProblem(api.get(Campaigns.TEMPLATES + "/" + id(prose) + "/preview")).hasStatus(400)
                .hasFieldError("leadId");
        JsonObject othersLead = other.leads().create(LeadJson.newLead());
        assertThatProblem(api.get(Campaigns.TEMPLATES + "/" + id(prose) + "/preview" + Query.of("leadId",
                id(othersLead)))).hasStatus(404);

        // steps: every wrong field at once, with its path
        JsonObject campaign = mine.create(Campaigns.drip());
        assertThatProblem(mine.putSteps(campaign, step("TASK", 0, null, null), step("SMS", 0, abTest, null),
                step("SMS", -1, prose, null), step("EMAIL", 0, null, null))).hasStatus(400)
                .hasFieldErrorsExactly("steps[0].instructions", "steps[1].templateId", "steps[2].delayMinutes",
                        "steps[3].templateId");
        JsonObject othersTemplate = Campaigns.as(other.api()).smsTemplate("Hello");
        assertThatProblem(mine.putSteps(campaign, sms(0, othersTemplate))).hasStatus(400)
                .hasFieldErrorsExactly("steps[0].templateId");
        assertThatProblem(api.post(Campaigns.path(campaign) + "/launch", JsonObject.EMPTY_JSON_OBJECT))
                .hasStatus(400).hasFieldError("steps");
        assertThatProblem(api.put(Campaigns.path(campaign) + "/steps", Campaigns.stepsJson(
                campaign.getJsonNumber("version").longValue() + 5, sms(0, prose)))).hasStatus(409)
                .hasType("stale-version");
        assertThatProblem(api.post(Campaigns.CAMPAIGNS, Campaigns.drip().add("filterSource", " ").build()))
                .hasStatus(400).hasFieldErrorsExactly("filterSource");
        assertThatProblem(api.post(Campaigns.CAMPAIGNS, Campaigns.drip().add("kind", "WEEKLY").build()))
                .hasStatus(400).hasFieldError("kind");

        JsonObject launched = mine.launch(mine.withSteps(campaign, sms(0, prose)));
        assertThatProblem(mine.putSteps(launched, sms(0, saysHow))).as("its leads are part-way through the steps")
                .hasStatus(409).hasType("conflict");
        assertThatProblem(api.post(Campaigns.path(launched) + "/launch", JsonObject.EMPTY_JSON_OBJECT))
                .hasStatus(409);
        assertThatProblem(api.post(Campaigns.path(launched) + "/resume", JsonObject.EMPTY_JSON_OBJECT))
                .hasStatus(409);

        // an agent enrols only their own leads; another's lead is as one that does not exist
        JsonObject own = agent.leads().create(LeadJson.newLead().phone(Unique.usPhone().national()));
        JsonObject outcome = mine.enroll(id(launched), id(own), id(othersLead), 987_654_321L);
        assertThat(longs(outcome, "enrolled")).containsExactly(id(own));
        assertThat(longs(outcome, "notFound")).containsExactly(id(othersLead), 987_654_321L);
        assertThat(actions(id(othersLead))).doesNotContain("CAMPAIGN_ENROLLED");
        assertThatProblem(api.delete(Campaigns.path(launched) + "/enrollments/" + id(othersLead))).hasStatus(404);

        // another's campaign and template do not exist for an agent; an admin reaches them
        Campaigns admins = Campaigns.as(admin());
        JsonObject adminsCampaign = admins.create(Campaigns.drip());
        JsonObject adminsTemplate = admins.smsTemplate("From the office: {{firstName}}");
        for (String path : List.of(Campaigns.path(adminsCampaign), Campaigns.path(adminsCampaign) + "/report",
                Campaigns.path(adminsCampaign) + "/sends", Campaigns.path(adminsCampaign) + "/enrollments",
                Campaigns.path(adminsCampaign) + "/audience-size", Campaigns.TEMPLATES + "/" + id(adminsTemplate))) {
            assertThatProblem(api.get(path)).as(path).hasStatus(404).hasType("not-found");
        }
        assertThatProblem(api.post(Campaigns.path(adminsCampaign) + "/launch", JsonObject.EMPTY_JSON_OBJECT))
                .hasStatus(404);
        assertThatProblem(mine.enrollResponse(id(adminsCampaign), id(own))).hasStatus(404);
        assertThat(api.get(Campaigns.CAMPAIGNS).expect(200).ids()).contains(id(launched))
                .doesNotContain(id(adminsCampaign));
        assertThat(api.get(Campaigns.TEMPLATES).expect(200).ids()).contains(id(prose))
                .doesNotContain(id(adminsTemplate), id(othersTemplate));
        assertThat(admin().get(Campaigns.path(launched)).expect(200).json().getJsonNumber("ownerId").longValue())
                .isEqualTo(agent.id());
        assertThat(admin().get(Campaigns.CAMPAIGNS).expect(200).ids()).contains(id(launched), id(adminsCampaign));

        // an ended campaign takes nobody more, and stays as it ended
        JsonObject ended = api.post(Campaigns.path(launched) + "/end", JsonObject.EMPTY_JSON_OBJECT).expect(200)
                .json();
        assertThat(ended.getString("status")).isEqualTo("ENDED");
        assertThatProblem(mine.enrollResponse(id(launched), id(own))).hasStatus(409);
        assertThatProblem(api.put(Campaigns.path(launched), Campaigns.drip().add("version",
                ended.getJsonNumber("version").longValue()).build())).hasStatus(409);
    }

    // --- helpers

    /** The next moment at or after {@code from} when the local clock shows {@code time}. */
    private static ZonedDateTime next(ZonedDateTime from, LocalTime time) {
        ZonedDateTime today = from.with(time).withSecond(0).withNano(0);
        return today.isBefore(from) ? today.plusDays(1).with(time) : today;
    }

    /** The one-click unsubscribe as a mail client posts it (RFC 8058): no sign-in, the form's one field. */
    private static Response oneClick(String path) {
        return anonymous().send("POST", path, "*/*", "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click");
    }

    private static JsonObject preview(Api api, JsonObject template, JsonObject lead) {
        return api.get(Campaigns.TEMPLATES + "/" + id(template) + "/preview" + Query.of("leadId", id(lead)))
                .expect(200).json();
    }

    private static JsonObject emailVerdict(String email) {
        return admin().get("/api/v1/compliance/check" + Query.of("email", email)).expect(200).json();
    }

    private static JsonObject sendOf(List<JsonObject> sends, long lead, String action) {
        return sends.stream().filter(send -> send.getJsonNumber("leadId").longValue() == lead
                        && send.getString("action").equals(action)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " send to lead " + lead + " in " + sends));
    }

    private static List<String> reasons(JsonObject send) {
        return send.getJsonArray("refusals").getValuesAs(JsonObject.class).stream()
                .map(refusal -> refusal.getString("reason")).toList();
    }

    private static List<Long> longs(JsonObject json, String name) {
        return json.getJsonArray(name).getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
    }

    private static List<Integer> ints(JsonObject json, String... names) {
        return List.of(names).stream().map(json::getInt).toList();
    }

    private static BigDecimal decimal(JsonObject json, String name) {
        return json.getJsonNumber(name).bigDecimalValue();
    }

    private static String content(JsonObject message, String type) {
        return message.getJsonArray("content").getValuesAs(JsonObject.class).stream()
                .filter(part -> part.getString("type").equals(type)).map(part -> part.getString("value"))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " in " + message));
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static List<String> actions(long lead) {
        return adminLeads().timeline(lead).stream().map(entry -> entry.getString("action")).toList();
    }

    /** The lead's timeline entries about campaigns: "ACTION summary". */
    private static List<String> campaignEntries(long lead) {
        return adminLeads().timeline(lead).stream().filter(entry -> entry.getString("action").startsWith("CAMPAIGN_"))
                .map(entry -> entry.getString("action") + " " + entry.getString("summary")).toList();
    }
}
