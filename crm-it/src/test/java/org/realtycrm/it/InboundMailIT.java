package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.Campaigns.email;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Campaigns;
import org.realtycrm.it.support.FakeSendGrid;
import org.realtycrm.it.support.Inbox;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Outbox;
import org.realtycrm.it.support.Query;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.SendGridEvents;
import org.realtycrm.it.support.SendGridInbound;
import org.realtycrm.it.support.Unique;

/**
 * Replies by email, as SendGrid's Inbound Parse posts them, signed by the Parse security policy's key: campaign emails
 * name the reply address; a lead's reply goes on its timeline, takes it out of a drip that stops on a reply and rings
 * its agent's bell; someone new becomes a routed lead; "unsubscribe" opts the address out of the campaigns' email; an
 * email is taken once; automatic replies, bounces and spam are no replies; and a forged, unsigned or stale request
 * changes nothing.
 */
class InboundMailIT extends CrmIT {

    private static FakeSendGrid sendGrid;

    @BeforeAll
    static void mailProvider() {
        try {
            sendGrid = FakeSendGrid.start();
        } catch (RuntimeException portInUse) {
            sendGrid = null; // another build's fake answers there: the outbox still records what was asked
        }
    }

    @AfterAll
    static void stopMailProvider() {
        if (sendGrid != null) {
            sendGrid.close();
        }
    }

    @Test
    void aLeadsReplyGoesOnItsTimelineTakesItOutOfTheDripAndRingsItsAgentsBellOnce() throws InterruptedException {
        Account agent = Accounts.agent();
        Campaigns campaigns = Campaigns.as(agent.api());
        JsonObject lead = agent.leads().create(LeadJson.newLead().firstName("Nora"));
        String address = lead.getString("email");
        JsonObject mail = campaigns.emailTemplate("Still thinking of selling, {{firstName}}?", null,
                "Hi {{firstName}},\n\nJust reply to this email and I'll call you.");
        JsonObject drip = campaigns.launched(Campaigns.drip().add("exitOnReply", true), email(0, mail),
                email(60 * 24, mail));
        campaigns.enroll(Leads.id(drip), Leads.id(lead));
        campaigns.awaitSends(Leads.id(drip), 1, send -> !send.getString("status").equals("QUEUED"));
        JsonObject sent = Outbox.await(address, "campaign", 1);
        assertThat(sent.getJsonObject("headers").getString("Reply-To")).isEqualTo(SendGridInbound.REPLY_ADDRESS);

        SendGridInbound.Email reply = SendGridInbound.email("Nora Quinn <" + address.toUpperCase() + ">",
                "Re: Still thinking of selling, Nora?", "Yes, call me after 5.\n\nOn Monday you wrote:\n> Hi Nora");
        Response taken = SendGridInbound.post(reply);

        assertThat(taken.status()).as(taken.describe()).isEqualTo(200);
        assertThat(taken.json().getBoolean("taken")).isTrue();
        List<String> entries = entries(Leads.id(lead));
        assertThat(entries).contains("EMAIL_RECEIVED Email received: Re: Still thinking of selling, Nora?",
                "CAMPAIGN_LEFT Left campaign " + drip.getString("name") + ": the lead replied by email");
        JsonObject left = campaigns.enrollmentOf(Leads.id(drip), Leads.id(lead));
        assertThat(left.getString("status")).isEqualTo("EXITED");
        assertThat(left.getString("exitReason")).isEqualTo("the lead replied by email");
        List<JsonObject> notices = Inbox.await(agent.api(),
                items -> Inbox.about(items, "EMAIL_RECEIVED", Leads.id(lead)) > 0);
        assertThat(Inbox.about(notices, "EMAIL_RECEIVED", Leads.id(lead))).isEqualTo(1);

        // SendGrid delivering it again (an answer lost on the way): taken, nothing twice
        Response again = SendGridInbound.post(reply);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getBoolean("taken")).isFalse();
        assertThat(entries(Leads.id(lead)).stream().filter(entry -> entry.startsWith("EMAIL_RECEIVED"))).hasSize(1);
        // an email without a Message-ID is known by what it says
        SendGridInbound.Email plain = SendGridInbound.emailWithoutMessageId(address, "Re: Still thinking", "Also, "
                + "is Saturday fine?");
        assertThat(SendGridInbound.post(plain).json().getBoolean("taken")).isTrue();
        assertThat(SendGridInbound.post(plain).json().getBoolean("taken")).isFalse();
        assertThat(entries(Leads.id(lead)).stream().filter(entry -> entry.startsWith("EMAIL_RECEIVED"))).hasSize(2);

        JsonObject report = campaigns.report(Leads.id(drip));
        assertThat(report.getJsonArray("steps").getJsonObject(0).getInt("replied")).as("one lead, two emails")
                .isEqualTo(1);
        assertThat(report.getJsonObject("totals").getInt("responders")).isEqualTo(1);
        assertThat(report.getJsonArray("days").getValuesAs(JsonObject.class))
                .extracting(day -> day.getInt("responded")).containsExactly(1);
    }

    @Test
    void anEmailFromAnAddressNoLeadHasBecomesARoutedLeadNamedAsItsSenderSigns() {
        Accounts.agent(); // an active agent to route to
        String address = Unique.email("newcomer");

        Response taken = SendGridInbound.post(SendGridInbound.email("\"Mendes, Carla\" <" + address + ">",
                "Question about 12 Oak Lane", "Is 12 Oak Lane still for sale?"));

        assertThat(taken.status()).as(taken.describe()).isEqualTo(200);
        List<JsonObject> found = adminLeads().list("q", address).expect(200).items();
        assertThat(found).singleElement().satisfies(lead -> {
            assertThat(lead.getString("source")).isEqualTo("Email");
            assertThat(lead.getString("firstName")).isEqualTo("Carla");
            assertThat(lead.getString("lastName")).isEqualTo("Mendes");
            assertThat(lead.getString("email")).isEqualTo(address);
            assertThat(lead.containsKey("assignedTo")).as("routed to an agent").isTrue();
            assertThat(entries(Leads.id(lead))).contains("EMAIL_RECEIVED Email received: Question about 12 Oak Lane")
                    .anySatisfy(entry -> assertThat(entry).startsWith("LEAD_CREATED Created from an email by an "
                            + "address no lead had, routed round-robin"));
        });

        String nameless = Unique.email("nameless");
        assertThat(SendGridInbound.post(SendGridInbound.email(nameless, "Hi", "Call me")).status()).isEqualTo(200);
        assertThat(adminLeads().list("q", nameless).expect(200).items()).singleElement().satisfies(lead -> {
            assertThat(lead.getString("firstName")).isEqualTo("Unknown");
            assertThat(lead.getString("lastName")).isEqualTo(nameless.substring(0, nameless.indexOf('@')));
        });
    }

    @Test
    void unsubscribeOptsTheAddressOutTakesTheLeadOutOfEveryCampaignAndALaterEmailIsRefused() {
        Account agent = Accounts.agent();
        Campaigns campaigns = Campaigns.as(agent.api());
        JsonObject lead = agent.leads().create(LeadJson.newLead());
        String address = lead.getString("email");
        JsonObject mail = campaigns.emailTemplate("News for {{firstName}}", null, "Prices on your street went up.");
        JsonObject drip = campaigns.launched(Campaigns.drip().add("exitOnReply", false), email(60 * 24, mail));
        campaigns.enroll(Leads.id(drip), Leads.id(lead));
        assertThat(emailVerdict(address).getBoolean("allowed")).isTrue();

        Response taken = SendGridInbound.post(SendGridInbound.email(address, "Re: News for Maria", "Unsubscribe!\n\n"
                + "> Prices on your street went up."));

        assertThat(taken.status()).as(taken.describe()).isEqualTo(200);
        JsonObject verdict = emailVerdict(address);
        assertThat(verdict.getBoolean("allowed")).isFalse();
        assertThat(verdict.getJsonArray("refusals").getJsonObject(0).getString("reason")).isEqualTo("EMAIL_OPTED_OUT");
        JsonObject left = campaigns.enrollmentOf(Leads.id(drip), Leads.id(lead));
        assertThat(left.getString("status")).as("a drip that does not stop on a reply: an opt-out still ends it")
                .isEqualTo("EXITED");
        assertThat(left.getString("exitReason")).isEqualTo("asked by email to unsubscribe");
        assertThat(entries(Leads.id(lead))).contains("EMAIL_OPTED_OUT No marketing email any more: asked by email to "
                + "unsubscribe").noneMatch(entry -> entry.startsWith("EMAIL_RECEIVED"));

        JsonObject later = campaigns.launched(Campaigns.drip(), email(0, mail));
        campaigns.enroll(Leads.id(later), Leads.id(lead));
        JsonObject refused = campaigns.awaitSends(Leads.id(later), 1, "REFUSED").get(0);
        assertThat(refused.getJsonArray("refusals").getJsonObject(0).getString("reason")).isEqualTo("EMAIL_OPTED_OUT");

        // from someone no lead has: opted out, and no lead made for them
        String stranger = Unique.email("stranger");
        assertThat(SendGridInbound.post(SendGridInbound.email(stranger, "remove me", "")).status()).isEqualTo(200);
        assertThat(emailVerdict(stranger).getBoolean("allowed")).isFalse();
        assertThat(adminLeads().list("q", stranger).expect(200).items()).isEmpty();
    }

    @Test
    void automaticRepliesBouncesSpamUnverifiedAndOurOwnMailAreNoRepliesAndMakeNoLeads() {
        Account agent = Accounts.agent();
        Campaigns campaigns = Campaigns.as(agent.api());
        JsonObject lead = agent.leads().create(LeadJson.newLead());
        JsonObject mail = campaigns.emailTemplate("Hello {{firstName}}", null, "A new listing near you.");
        JsonObject drip = campaigns.launched(Campaigns.drip().add("exitOnReply", true), email(60 * 24, mail));
        campaigns.enroll(Leads.id(drip), Leads.id(lead));
        String vacationer = Unique.email("vacation");
        String spammer = Unique.email("spammer");
        String impostor = Unique.email("impostor");

        List<Response> answers = List.of(
                SendGridInbound.post(SendGridInbound.email(lead.getString("email"), "Out of office",
                        "I am away until Monday.").header("Auto-Submitted", "auto-replied")),
                SendGridInbound.post(SendGridInbound.email(vacationer, "Re: Hello", "Away").header("X-Autoreply",
                        "yes")),
                SendGridInbound.post(SendGridInbound.email(vacationer, "Re: Hello", "On leave")
                        .header("Precedence", "auto_reply")),
                SendGridInbound.post(SendGridInbound.email("Mail Delivery System <MAILER-DAEMON@mx.it.example>",
                        "Undelivered Mail Returned to Sender", "550 5.1.1 " + vacationer + ": no such user")),
                SendGridInbound.post(SendGridInbound.email(spammer, "You won", "Claim your prize")
                        .field("spam_score", "9.3")),
                SendGridInbound.post(SendGridInbound.email("listings@it.realtycrm.example", "Re: Hello", "a loop")),
                // the lead's own address in From, sent from a domain of someone else's, which SPF and DKIM vouch for
                SendGridInbound.post(SendGridInbound.email(lead.getString("email"), "Re: Hello", "Call me")
                        .field("envelope", "{\"to\":[\"" + SendGridInbound.REPLY_ADDRESS + "\"],"
                                + "\"from\":\"x@bulk-sender.example\"}")
                        .field("dkim", "{@bulk-sender.example : pass}")),
                SendGridInbound.post(SendGridInbound.email(impostor, "Re: Hello", "Call me").field("SPF", "fail")));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
            assertThat(answer.json().getBoolean("taken")).isTrue();
        });
        assertThat(campaigns.enrollmentOf(Leads.id(drip), Leads.id(lead)).getString("status")).isEqualTo("ACTIVE");
        assertThat(entries(Leads.id(lead)).stream().filter(entry -> entry.startsWith("EMAIL_")))
                .as("the unverified one is shown to the agent as such; nothing else reaches the lead")
                .containsExactly("EMAIL_RECEIVED Email received from an unverified sender: Re: Hello");
        assertThat(adminLeads().list("q", vacationer).expect(200).items()).isEmpty();
        assertThat(adminLeads().list("q", spammer).expect(200).items()).isEmpty();
        assertThat(adminLeads().list("q", impostor).expect(200).items()).isEmpty();
        assertThat(adminLeads().list("q", "mailer-daemon@mx.it.example").expect(200).items()).isEmpty();
    }

    @Test
    void aForgedUnsignedStaleOrAlteredEmailIsRefusedAndChangesNothing() {
        String address = Unique.email("forged");
        SendGridInbound.Email unsubscribe = SendGridInbound.email(address, "unsubscribe", "");
        SendGridInbound.Email hello = SendGridInbound.email(address, "Hello", "Call me");
        long now = Instant.now().getEpochSecond();
        long stale = now - 3600;
        byte[] body = unsubscribe.body();
        String type = unsubscribe.contentType();

        assertThatProblem(SendGridInbound.post(type, now, null, body)).hasStatus(403);
        assertThatProblem(SendGridInbound.post(type, now, SendGridEvents.sign(SendGridEvents.anotherKey(), now, body),
                body)).hasStatus(403);
        assertThatProblem(SendGridInbound.post(type, now, SendGridEvents.sign(SendGridEvents.privateKey(), now, body),
                body)).as("signed with the Event Webhook's key, not the Parse policy's").hasStatus(403);
        assertThatProblem(SendGridInbound.post(type, stale, SendGridEvents.sign(SendGridInbound.privateKey(), stale,
                body), body)).hasStatus(403);
        String signed = SendGridEvents.sign(SendGridInbound.privateKey(), now, body);
        byte[] altered = new String(body, StandardCharsets.UTF_8).replace("unsubscribe", "Hello there")
                .getBytes(StandardCharsets.UTF_8);
        assertThatProblem(SendGridInbound.post(type, now, signed, altered)).hasStatus(403);
        byte[] helloBody = hello.body();
        assertThatProblem(SendGridInbound.post(hello.contentType(), now, SendGridEvents.sign(
                SendGridEvents.anotherKey(), now, helloBody), helloBody)).hasStatus(403);

        assertThat(emailVerdict(address).getBoolean("allowed")).isTrue();
        assertThat(adminLeads().list("q", address).expect(200).items()).isEmpty();

        // signed, but not what SendGrid posts: refused as input (SendGrid shows the answer on its Parse page)
        byte[] notAForm = "from=someone@example.com".getBytes(StandardCharsets.UTF_8);
        assertThatProblem(SendGridInbound.post("multipart/form-data", now,
                SendGridEvents.sign(SendGridInbound.privateKey(), now, notAForm), notAForm)).hasStatus(400);
        SendGridInbound.Email noSender = SendGridInbound.email("nobody", "Hi", "x");
        byte[] noSenderBody = noSender.body();
        assertThatProblem(SendGridInbound.post(noSender.contentType(), now, SendGridEvents.sign(
                SendGridInbound.privateKey(), now, noSenderBody), noSenderBody)).hasStatus(400);
        // the genuine one, as it came: taken
        assertThat(SendGridInbound.post(unsubscribe).status()).isEqualTo(200);
        assertThat(emailVerdict(address).getBoolean("allowed")).isFalse();
    }

    private static JsonObject emailVerdict(String email) {
        return admin().get("/api/v1/compliance/check" + Query.of("email", email)).expect(200).json();
    }

    /** The lead's timeline as "ACTION summary". */
    private static List<String> entries(long lead) {
        return adminLeads().timeline(lead).stream()
                .map(entry -> entry.getString("action") + " " + entry.getString("summary")).toList();
    }
}
