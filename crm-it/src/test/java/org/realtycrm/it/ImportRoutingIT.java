package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.Leads.id;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Imports;
import org.realtycrm.it.support.Inbox;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Query;
import org.realtycrm.it.support.Routing;
import org.realtycrm.it.support.Unique;

/**
 * An admin's CSV import is placed by the routing rules lead by lead, as a lead from the API is: a row whose source a
 * rule names goes to that rule's agent (with its speed-to-lead deadline), its team's members in turn, or its pond
 * (whose members are told); a row no rule holds for goes round-robin. Every rule here routes only this test's
 * sources, and is removed after the test.
 */
class ImportRoutingIT extends CrmIT {

    private final Routing routing = Routing.as(admin());

    @AfterEach
    void removeTheRules() {
        routing.deleteRulesMade();
    }

    @Test
    void eachImportedLeadLandsWhereTheFirstRuleThatHoldsForItSays() {
        String word = Unique.word();
        String forAna = "Portal A " + word;
        String forTeam = "Portal T " + word;
        String toClaim = "Portal P " + word;
        String unruled = "Portal N " + word;
        Account ana = Accounts.agent();
        Account ben = Accounts.agent();
        Account cleo = Accounts.agent();
        long team = id(routing.createTeam("Team " + word, ben.id(), ben.id(), cleo.id()));
        String pondName = "Pond " + word;
        long pond = id(routing.createPond(pondName, ana.id(), cleo.id()));
        routing.createRuleForTest(Routing.rule("Spanish speakers of " + word, unruled, "AGENT", ana.id())
                .add("languages", Routing.list("es")));
        routing.createRuleForTest(Routing.rule("Ana's portal " + word, forAna, "AGENT", ana.id())
                .add("contactWithinMinutes", 30));
        routing.createRuleForTest(Routing.rule("The team's portal " + word, forTeam, "TEAM", team));
        routing.createRuleForTest(Routing.rule("The pond's portal " + word, toClaim, "POND", pond));
        String csv = "first name,last name,email,source\n"
                + "Ann," + word + ",ann." + word + "@example.com," + forAna + "\n"
                + "Tim," + word + ",tim." + word + "@example.com," + forTeam + "\n"
                + "Tom," + word + ",tom." + word + "@example.com," + forTeam + "\n"
                + "Pia," + word + ",pia." + word + "@example.com," + toClaim + "\n"
                + "Ned," + word + ",ned." + word + "@example.com," + unruled + "\n";
        Instant before = Instant.now();

        JsonObject done = Imports.awaitFinished(admin(),
                id(Imports.upload(admin(), "routed.csv", csv).expect(202).json()), Duration.ofSeconds(60));

        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        Map<String, JsonObject> leads = admin().get(Leads.LEADS + Query.of("q", word)).expect(200).items().stream()
                .map(listed -> adminLeads().get(id(listed)))
                .collect(Collectors.toMap(lead -> lead.getString("firstName"), Function.identity()));
        assertThat(leads).containsOnlyKeys("Ann", "Tim", "Tom", "Pia", "Ned");

        JsonObject ann = leads.get("Ann");
        assertThat(Leads.assigneeId(ann)).isEqualTo(ana.id());
        assertThat(Instant.parse(ann.getString("contactDueAt")))
                .isBetween(before.plus(Duration.ofMinutes(29)), Instant.now().plus(Duration.ofMinutes(31)));
        assertThat(creation(ann)).contains("routed.csv", "routed by rule \u201cAna's portal " + word + "\u201d to "
                + ana.name());

        assertThat(List.of(Leads.assigneeId(leads.get("Tim")), Leads.assigneeId(leads.get("Tom"))))
                .as("the team's members in turn").containsExactlyInAnyOrder(ben.id(), cleo.id());
        assertThat(leads.get("Tim").isNull("contactDueAt"))
                .as("the rule sets no deadline, and the servers under test have no default").isTrue();
        assertThat(creation(leads.get("Tom"))).contains("routed by rule \u201cThe team's portal " + word + "\u201d");

        JsonObject pia = leads.get("Pia");
        assertThat(pia.isNull("assignedTo")).isTrue();
        assertThat(pia.getJsonNumber("pondId").longValue()).isEqualTo(pond);
        assertThat(pia.isNull("contactDueAt")).isTrue();
        assertThat(creation(pia)).contains("put in pond " + pondName + " by rule \u201cThe pond's portal " + word);
        for (Account member : List.of(ana, cleo)) {
            Inbox.await(member.api(), items -> items.stream().anyMatch(notice -> notice.getString("kind")
                    .equals("LEADS_IMPORTED") && notice.getString("message").contains("in pond " + pondName)));
        }

        JsonObject ned = leads.get("Ned");
        assertThat(ned.isNull("assignedTo")).as("a rule on a field the import cannot carry does not hold").isFalse();
        assertThat(ned.isNull("pondId")).isTrue();
        assertThat(creation(ned)).endsWith(", routed round-robin");
    }

    /** The lead's creation entry: the oldest of its timeline. */
    private static String creation(JsonObject lead) {
        List<JsonObject> timeline = adminLeads().timeline(id(lead));
        JsonObject created = timeline.get(timeline.size() - 1);
        assertThat(created.getString("action")).isEqualTo("LEAD_CREATED");
        return created.getString("summary");
    }
}
