package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.Leads.id;

import java.time.Duration;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Eventually;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Routing;
import org.realtycrm.it.support.Server;
import org.realtycrm.it.support.Unique;

/**
 * A speed-to-lead deadline that passes while the server is down (killed hard) is acted on once it is back: the lead
 * moves to the team's next agent exactly once, not lost and not moved twice.
 */
class SpeedToLeadRestartIT extends CrmIT {

    @Test
    void aDeadlineThatPassedWhileTheServerWasDownMovesTheLeadOnceAfterTheRestart() {
        String source = "Restart " + Unique.word();
        Account ben = Accounts.agent();
        Account cleo = Accounts.agent();
        Routing routing = Routing.as(admin());
        long team = id(routing.createTeam("Team " + Unique.word(), null, ben.id(), cleo.id()));
        JsonObject rule = routing.createRule(Routing.rule("Ten minutes", source, "TEAM", team)
                .add("contactWithinMinutes", 10));
        try {
            JsonObject lead = adminLeads().create(newLead().source(source));
            long first = Leads.assigneeId(lead);
            long other = first == ben.id() ? cleo.id() : ben.id();

            Server.kill();
            Routing.contactDueNow(id(lead));
            Server.start();

            JsonObject moved = Eventually.await("the lead moves on after the restart", Duration.ofSeconds(90),
                    () -> admin().get(Leads.path(lead)).expect(200).json(), now -> Leads.assigneeId(now) == other);
            assertThat(moved.isNull("contactDueAt")).isFalse();
            Eventually.pause(Duration.ofSeconds(5));
            assertThat(adminLeads().timeline(id(lead)))
                    .filteredOn(entry -> entry.getString("action").equals("LEAD_HANDED_OFF")).hasSize(1);
        } finally {
            Routing.as(admin()).deleteRule(rule);
        }
    }
}
