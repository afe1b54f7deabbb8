package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.Campaigns.sms;
import static org.realtycrm.it.support.Leads.id;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.CallingHours;
import org.realtycrm.it.support.Campaigns;
import org.realtycrm.it.support.Eventually;
import org.realtycrm.it.support.FakeTwilio;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.Server;
import org.realtycrm.it.support.Unique;

/**
 * A campaign's texts survive their server being killed in the middle of sending: the JVM is killed hard (kill -9)
 * while some texts have gone, one or more wait for Twilio's answer, and the rest are still queued on
 * jms/OutboundMessage. Once the server is back, the campaign goes on by itself: every lead's send ends SENT, and
 * Twilio got exactly one text per number (nobody twice, nobody lost).
 */
class CampaignRestartIT extends CrmIT {

    private static final int LEADS = 40;
    /** The texts Twilio answers at once before it holds its answers: some are sent before the kill. */
    private static final int ANSWERED_BEFORE_THE_KILL = 8;

    @Test
    void aOneOffCampaignKilledMidSendSendsEveryLeadItsTextExactlyOnceAfterTheRestart() {
        CallingHours.loadRegistry(admin());
        Account agent = Accounts.agent();
        Campaigns campaigns = Campaigns.as(agent.api());
        String source = "Restart " + Unique.name();
        List<String> numbers = new ArrayList<>();
        List<Long> leads = new ArrayList<>();
        for (int i = 0; i < LEADS; i++) {
            String number = CallingHours.callableNumber();
            numbers.add(number);
            leads.add(id(agent.leads().create(LeadJson.newLead().source(source).phone(number))));
        }
        JsonObject campaign = campaigns.withSteps(campaigns.create(Campaigns.oneOff().add("filterSource", source)),
                sms(0, campaigns.smsTemplate("Hi {{firstName}}, homes on your street sell fast this spring.")));
        long id = id(campaign);

        try (FakeTwilio twilio = FakeTwilio.start()) {
            twilio.holdAfter(ANSWERED_BEFORE_THE_KILL);
            campaigns.launch(campaign);
            Eventually.until("some texts sent and one waiting for Twilio's answer", Duration.ofSeconds(60),
                    () -> twilio.received().size() > ANSWERED_BEFORE_THE_KILL && twilio.held() >= 1);
            int takenBeforeTheKill = twilio.received().size();
            assertThat(takenBeforeTheKill).as("the rest still queued when the server dies").isLessThan(LEADS);

            Server.kill();
            // the dead server's held requests are answered into closed connections; the restarted one is not held
            twilio.release();
            Server.start();

            List<JsonObject> sends = Eventually.await("every lead's send to settle", Duration.ofMinutes(2),
                    () -> campaigns.sends(id), all -> all.size() == LEADS
                            && all.stream().allMatch(send -> send.getString("status").equals("SENT")));
            assertThat(sends).extracting(send -> send.getJsonNumber("leadId").longValue())
                    .containsExactlyInAnyOrderElementsOf(leads);
            Eventually.pause(Duration.ofSeconds(5)); // two more ticks: nothing goes twice
            Map<String, Long> textsPerNumber = twilio.received().stream()
                    .collect(Collectors.groupingBy(FakeTwilio.Message::to, Collectors.counting()));
            assertThat(textsPerNumber).as("one text per number: nobody twice, nobody lost")
                    .isEqualTo(numbers.stream().collect(Collectors.toMap(Function.identity(), number -> 1L)));
            assertThat(campaigns.enrollments(id)).hasSize(LEADS)
                    .allSatisfy(enrollment -> assertThat(enrollment.getString("status")).isEqualTo("COMPLETED"));
            JsonObject totals = campaigns.report(id).getJsonObject("totals");
            assertThat(totals.getInt("sent")).isEqualTo(LEADS);
        }
    }
}
