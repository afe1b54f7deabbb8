package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.Leads.id;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Eventually;
import org.realtycrm.it.support.Inbox;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.Routing;
import org.realtycrm.it.support.Unique;

/**
 * Who gets a new lead by the admins' rules: every kind of condition and target, agents off duty passed over, the rule
 * test, the pond's race (two claims at once: one wins), and speed to lead (a lead not contacted in time moves on,
 * once; a contacted one stays). Every rule here routes only its own test's source, and is removed after the test.
 */
class RoutingIT extends CrmIT {

    private final Routing routing = Routing.as(admin());

    @AfterEach
    void removeTheRules() {
        routing.deleteRulesMade();
    }

    private JsonObject rule(JsonObjectBuilder rule) {
        return routing.createRuleForTest(rule);
    }

    private static JsonObject lead(String source, String field, String value) {
        LeadJson lead = newLead().source(source);
        return adminLeads().create(field == null ? lead : lead.set(field, value));
    }

    private static Long assignee(JsonObject lead) {
        return lead.isNull("assignedTo") ? null : Leads.assigneeId(lead);
    }

    @Test
    void eachKindOfRuleSendsItsLeadsWhereItSaysAndTheFirstThatHoldsWins() {
        String source = "Source " + Unique.word();
        Account ana = Accounts.agent();
        Account ben = Accounts.agent();
        Account cleo = Accounts.agent();
        long team = id(routing.createTeam("Team " + Unique.word(), ben.id(), ben.id(), cleo.id()));
        long pond = id(routing.createPond("Pond " + Unique.word(), ana.id(), cleo.id()));
        String city = "Town " + Unique.word();
        JsonObject spanish = rule(Routing.rule("Spanish speakers", source, "AGENT", ana.id())
                .add("languages", Routing.list("es")));
        rule(Routing.rule("Austin postal codes", source, "TEAM", team).add("postalPrefixes", Routing.list("787")));
        rule(Routing.rule("The new town", source, "POND", pond).add("cities", Routing.list(city)));
        rule(Routing.rule("Sellers of 500k to 1M", source, "AGENT", cleo.id())
                .add("leadTypes", Routing.list("SELLER")).add("priceMin", 500_000).add("priceMax", 1_000_000));
        rule(Routing.rule("Everyone else from the source", source, "AGENT", ben.id()));

        JsonObject inSpanish = lead(source, "language", "ES");
        assertThat(assignee(inSpanish)).isEqualTo(ana.id());
        assertThat(inSpanish.getString("language")).isEqualTo("es");
        assertThat(adminLeads().timeline(id(inSpanish))).extracting(entry -> entry.getString("summary"))
                .anySatisfy(summary -> assertThat(summary).contains("routed by rule \u201cSpanish speakers\u201d to "
                        + ana.name()));

        // the team's members take turns
        Long first = assignee(lead(source, "postalCode", "78701"));
        Long second = assignee(lead(source, "postalCode", "78746"));
        assertThat(List.of(first, second)).containsExactlyInAnyOrder(ben.id(), cleo.id());
        assertThat(assignee(lead(source, "postalCode", "78702"))).isEqualTo(first);

        // a pond: nobody owns it, each member is told
        JsonObject ponded = lead(source, "city", city.toUpperCase());
        assertThat(assignee(ponded)).isNull();
        assertThat(ponded.getJsonNumber("pondId").longValue()).isEqualTo(pond);
        for (Account member : List.of(ana, cleo)) {
            Inbox.await(member.api(), items -> Inbox.about(items, "LEAD_IN_POND", id(ponded)) == 1);
        }
        assertThat(routing.claim(id(ponded)).status()).isIn(200);

        JsonObject seller = adminLeads().create(newLead().source(source).set("leadType", "SELLER")
                .set("price", Json.createValue(600_000)));
        assertThat(assignee(seller)).isEqualTo(cleo.id());
        JsonObject cheaper = adminLeads().create(newLead().source(source).set("leadType", "SELLER")
                .set("price", Json.createValue(400_000)));
        assertThat(assignee(cheaper)).as("outside the price range: the next rule").isEqualTo(ben.id());
        assertThat(assignee(lead(source, null, null))).isEqualTo(ben.id());
        assertThat(assignee(lead("Other " + Unique.word(), "language", "es")))
                .as("another source: none of these rules").isNotEqualTo(null);

        // off duty: the rule naming Ana passes the lead on, and the test says why
        Routing.as(ana.api()).duty("me", false).expect(200);
        try {
            JsonObject verdict = routing.test(Json.createObjectBuilder().add("source", source).add("language", "es"));
            assertThat(verdict.getJsonObject("goesTo").getJsonNumber("id").longValue()).isEqualTo(ben.id());
            assertThat(verdict.getJsonObject("rule").getString("name")).isEqualTo("Everyone else from the source");
            assertThat(verdict.getJsonArray("passedOver").getString(0)).contains("Spanish speakers", "on duty");
            assertThat(assignee(lead(source, "language", "es"))).isEqualTo(ben.id());
        } finally {
            Routing.as(ana.api()).duty("me", true).expect(200);
        }
        JsonObject verdict = routing.test(Json.createObjectBuilder().add("source", source).add("language", "es"));
        assertThat(verdict.getJsonObject("goesTo").getJsonNumber("id").longValue()).isEqualTo(ana.id());
        assertThat(verdict.getJsonObject("rule").getJsonNumber("id").longValue()).isEqualTo(id(spanish));
    }

    @Test
    void badRulesAreRefusedFieldByFieldAndOnlyAdminsKeepThem() {
        String source = "Source " + Unique.word();
        assertThatProblem(admin().post(Routing.RULES, Json.createObjectBuilder().add("name", "")
                .add("postalPrefixes", Routing.list("78*")).add("languages", Routing.list("spanish"))
                .add("priceMin", 9).add("priceMax", 1).add("target", "AGENT").build()))
                .hasStatus(400).hasFieldErrorsAmong("name", "postalPrefixes", "languages", "priceMax", "targetId");
        assertThatProblem(admin().post(Routing.RULES, Routing.rule("No such pond", source, "POND", 987_654_321)
                .build())).hasStatus(400).hasFieldError("targetId");
        assertThatProblem(Accounts.agent().api().post(Routing.RULES, Routing.rule("Mine", source, "AGENT", 1)
                .build())).hasStatus(403);
    }

    @Test
    void twoAgentsClaimingOneLeadAtOnceOneGetsItAndTheOtherIsToldItIsGone() throws Exception {
        String source = "Source " + Unique.word();
        Account ana = Accounts.agent();
        Account ben = Accounts.agent();
        Account outsider = Accounts.agent();
        long pond = id(routing.createPond("Pond " + Unique.word(), ana.id(), ben.id()));
        rule(Routing.rule("To the pond", source, "POND", pond));
        long lead = id(lead(source, null, null));
        assertThat(Routing.as(ana.api()).claim(987_654_321L).status()).isEqualTo(404);
        assertThat(Routing.as(outsider.api()).claim(lead).status()).as("not their pond").isEqualTo(404);
        assertThat(outsider.api().get(Routing.PONDS + "/" + pond).status()).isEqualTo(404);
        assertThat(ana.api().get(Routing.PONDS + "/" + pond + "/leads").expect(200).ids()).containsExactly(lead);

        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Response>> claims = List.of(() -> Routing.as(ana.api()).claim(lead),
                    () -> Routing.as(ben.api()).claim(lead));
            List<Integer> answers = new ArrayList<>();
            for (Future<Response> answer : two.invokeAll(claims)) {
                answers.add(answer.get().status());
            }
            assertThat(answers).containsExactlyInAnyOrder(200, 409);
            long winner = answers.get(0) == 200 ? ana.id() : ben.id();
            JsonObject claimed = admin().get(Leads.path(lead)).expect(200).json();
            assertThat(Leads.assigneeId(claimed)).isEqualTo(winner);
            assertThat(claimed.isNull("pondId")).isTrue();
            assertThat(ana.api().get(Routing.PONDS + "/" + pond + "/leads").expect(200).ids()).isEmpty();
        } finally {
            two.shutdown();
        }
    }

    @Test
    void aLeadNotContactedInTimeMovesOnOnceAndTheBrokerIsToldButAContactedOneStays() {
        String source = "Source " + Unique.word();
        Account ben = Accounts.agent();
        Account cleo = Accounts.agent();
        long team = id(routing.createTeam("Team " + Unique.word(), null, ben.id(), cleo.id()));
        rule(Routing.rule("Five minutes", source, "TEAM", team).add("contactWithinMinutes", 5));

        JsonObject ignored = lead(source, null, null);
        long first = assignee(ignored);
        long other = first == ben.id() ? cleo.id() : ben.id();
        assertThat(ignored.isNull("contactDueAt")).isFalse();
        JsonObject worked = lead(source, null, null);
        assertThat(assignee(worked)).isEqualTo(other);
        Account workedBy = other == ben.id() ? ben : cleo;
        workedBy.api().post(Leads.path(worked) + "/notes", Json.createObjectBuilder().add("text", "Called, "
                + "left a voicemail").build()).expect(201);

        Routing.contactDueNow(id(ignored));
        Routing.contactDueNow(id(worked));

        JsonObject moved = Eventually.await("the ignored lead moves on", () -> admin().get(Leads.path(ignored))
                .expect(200).json(), lead -> assignee(lead) == other);
        assertThat(moved.isNull("contactDueAt")).as("a new deadline for its new agent").isFalse();
        assertThat(adminLeads().timeline(id(ignored)))
                .filteredOn(entry -> entry.getString("action").equals("LEAD_HANDED_OFF")).singleElement()
                .satisfies(entry -> assertThat(entry.getString("summary")).contains("Not contacted by", "moved to"));
        Inbox.await(admin(), items -> Inbox.about(items, "SPEED_TO_LEAD_MISSED", id(ignored)) == 1);
        Account newOwner = other == ben.id() ? ben : cleo;
        Inbox.await(newOwner.api(), items -> Inbox.about(items, "LEAD_ASSIGNED", id(ignored)) >= 1);

        JsonObject stayed = Eventually.await("the worked lead's clock stops", () -> admin().get(Leads.path(worked))
                .expect(200).json(), lead -> lead.isNull("contactDueAt"));
        assertThat(assignee(stayed)).isEqualTo(other);
        // several runs of the timer later, the ignored lead has moved once
        Eventually.pause(Duration.ofSeconds(5));
        assertThat(adminLeads().timeline(id(ignored)))
                .filteredOn(entry -> entry.getString("action").equals("LEAD_HANDED_OFF")).hasSize(1);
    }
}
