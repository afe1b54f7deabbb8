package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.Leads.id;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.Inbox;
import org.realtycrm.it.support.Leads;

/** Admins' list actions on many leads, notes on a lead's timeline, and the dashboard's figures. */
class LeadListActionsIT extends CrmIT {

    private static final String BULK = Leads.LEADS + "/bulk";
    private static final String DASHBOARD = "/api/v1/dashboard";

    @Test
    void bulkAssignHandsEveryLeadOverWritesEachTimelineAndNotifiesTheAgentOncePerLead() {
        Account from = Accounts.agent();
        Account to = Accounts.agent();
        long first = id(adminLeads().create(newLead().assignedTo(from.id())));
        long second = id(adminLeads().create(newLead().assignedTo(from.id())));
        long gone = id(adminLeads().create(newLead().assignedTo(from.id())));
        admin().delete(Leads.path(gone)).expect(204);

        JsonObject outcome = admin().post(BULK + "/assignment", Json.createObjectBuilder()
                .add("ids", ids(first, second, gone)).add("agentId", to.id()).build()).expect(200).json();

        assertThat(longs(outcome, "changed")).containsExactly(first, second);
        assertThat(outcome.getJsonArray("refused")).singleElement().satisfies(refusal -> {
            assertThat(refusal.asJsonObject().getJsonNumber("leadId").longValue()).isEqualTo(gone);
            assertThat(refusal.asJsonObject().getString("reason")).contains("not found");
        });
        assertThat(Leads.assigneeId(to.leads().get(first))).isEqualTo(to.id());
        assertThat(Leads.assigneeId(to.leads().get(second))).isEqualTo(to.id());
        assertThat(actions(first)).containsExactly("LEAD_ASSIGNED", "LEAD_CREATED");
        List<JsonObject> inbox = Inbox.await(to.api(), items -> items.size() >= 2);
        assertThat(inbox).extracting(n -> n.getJsonNumber("leadId").longValue()).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void bulkStatusMovesTheLeadsThatMayMoveAndNamesTheOthersWithTheReason() {
        Account agent = Accounts.agent();
        JsonObject fresh = adminLeads().create(newLead().assignedTo(agent.id()));
        JsonObject already = adminLeads().walk(adminLeads().create(newLead().assignedTo(agent.id())), "CONTACTED");
        JsonObject closed = adminLeads().walk(adminLeads().create(newLead().assignedTo(agent.id())),
                "CONTACTED", "QUALIFIED", "UNDER_CONTRACT", "CLOSED");

        JsonObject outcome = admin().post(BULK + "/status", Json.createObjectBuilder()
                .add("ids", ids(id(fresh), id(already), id(closed))).add("status", "CONTACTED").build())
                .expect(200).json();

        assertThat(longs(outcome, "changed")).containsExactly(id(fresh));
        assertThat(longs(outcome, "unchanged")).containsExactly(id(already));
        JsonObject refusal = outcome.getJsonArray("refused").getJsonObject(0);
        assertThat(refusal.getJsonNumber("leadId").longValue()).isEqualTo(id(closed));
        assertThat(refusal.getString("reason")).contains("cannot move from CLOSED to CONTACTED");
        assertThat(agent.leads().get(id(fresh)).getString("status")).isEqualTo("CONTACTED");
        assertThat(agent.leads().get(id(closed)).getString("status")).isEqualTo("CLOSED");
        assertThat(actions(id(fresh))).containsExactly("STATUS_CHANGED", "LEAD_CREATED");
        assertThat(actions(id(already))).containsExactly("STATUS_CHANGED", "LEAD_CREATED");
    }

    @Test
    void agentsAreRefusedListActionsAndEmptyOrOversizedSelectionsAreInvalid() {
        Account agent = Accounts.agent();
        long own = id(agent.leads().create());
        JsonObject assign = Json.createObjectBuilder().add("ids", ids(own)).add("agentId", agent.id()).build();

        assertThatProblem(agent.api().post(BULK + "/assignment", assign)).hasStatus(403);
        assertThatProblem(agent.api().post(BULK + "/status", Json.createObjectBuilder().add("ids", ids(own))
                .add("status", "LOST").build())).hasStatus(403);
        assertThatProblem(admin().post(BULK + "/status", Json.createObjectBuilder().add("ids", ids())
                .add("status", "LOST").build())).hasStatus(400).hasFieldError("ids");
        JsonArrayBuilder tooMany = Json.createArrayBuilder();
        for (long id = 1; id <= 501; id++) {
            tooMany.add(id);
        }
        assertThatProblem(admin().post(BULK + "/status", Json.createObjectBuilder().add("ids", tooMany)
                .add("status", "LOST").build())).hasStatus(400).hasFieldError("ids");
    }

    @Test
    void aNoteJoinsTheTimelineWithItsAuthorAndOnlyForWhoeverMaySeeTheLead() {
        Account agent = Accounts.agent();
        Account other = Accounts.agent();
        long lead = id(agent.leads().create());

        JsonObject note = agent.api().post(Leads.path(lead) + "/notes",
                Json.createObjectBuilder().add("text", "Called back\nwants a 3-bed").build()).expect(201).json();

        assertThat(note.getString("action")).isEqualTo("NOTE_ADDED");
        assertThat(note.getString("summary")).isEqualTo("Note added");
        assertThat(note.getJsonObject("changes").getJsonObject("note").getString("to")).isEqualTo("Called back\nwants a 3-bed");
        assertThat(actions(lead)).containsExactly("NOTE_ADDED", "LEAD_CREATED");
        assertThatProblem(other.api().post(Leads.path(lead) + "/notes",
                Json.createObjectBuilder().add("text", "peek").build())).hasStatus(404);
        assertThatProblem(agent.api().post(Leads.path(lead) + "/notes",
                Json.createObjectBuilder().add("text", "x".repeat(2001)).build())).hasStatus(400).hasFieldError("note");
    }

    @Test
    void anAgentsDashboardCountsOnlyTheirLeads() {
        Account agent = Accounts.agent();
        Leads leads = agent.leads();
        String past = Instant.now().minus(Duration.ofHours(2)).toString();
        leads.create(newLead().source("Open house").temperature("HOT").nextFollowUpAt(past));
        leads.create(newLead().source("open HOUSE").temperature("COLD"));
        JsonObject contacted = leads.walk(leads.create(newLead().source("Zillow").nextFollowUpAt(past)), "CONTACTED");
        leads.walk(leads.create(newLead().source("Zillow").nextFollowUpAt(past)), "LOST");
        Accounts.agent().leads().create(newLead().source("Elsewhere"));

        JsonObject figures = agent.api().get(DASHBOARD).expect(200).json();

        assertThat(figures.getInt("total")).isEqualTo(4);
        assertThat(figures.getJsonObject("byStatus").getInt("NEW")).isEqualTo(2);
        assertThat(figures.getJsonObject("byStatus").getInt("CONTACTED")).isEqualTo(1);
        assertThat(figures.getJsonObject("byStatus").getInt("LOST")).isEqualTo(1);
        assertThat(figures.getJsonObject("byTemperature").getInt("HOT")).isEqualTo(1);
        assertThat(figures.getJsonObject("byTemperature").getInt("WARM")).isEqualTo(2);
        assertThat(figures.getJsonArray("bySource")).extracting(s -> s.asJsonObject().getInt("count"))
                .containsExactly(2, 2);
        assertThat(figures.getInt("newToday")).isEqualTo(4);
        // the LOST lead's follow-up no longer counts: the lead is done with
        assertThat(figures.getInt("overdueFollowUps")).isEqualTo(2);
        JsonObject speed = figures.getJsonObject("speedToFirstContact");
        assertThat(speed.getInt("contacted")).isEqualTo(2);
        assertThat(speed.getInt("awaiting")).isEqualTo(2);
        assertThat(speed.getJsonNumber("medianSeconds").longValue()).isBetween(0L, 60L);
        assertThat(contacted.getString("status")).isEqualTo("CONTACTED");
    }

    @Test
    void theDashboardCountsAgainstEveryLeadForAnAdminAndRefusesClients() {
        long before = admin().get(DASHBOARD).expect(200).json().getJsonNumber("total").longValue();
        adminLeads().create();

        assertThat(admin().get(DASHBOARD).expect(200).json().getJsonNumber("total").longValue()).isEqualTo(before + 1);
        assertThatProblem(Accounts.client().api().get(DASHBOARD)).hasStatus(403);
    }

    private static JsonArrayBuilder ids(long... ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (long id : ids) {
            array.add(id);
        }
        return array;
    }

    private static List<Long> longs(JsonObject outcome, String field) {
        return outcome.getJsonArray(field).getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).toList();
    }

    private static List<String> actions(long leadId) {
        Api api = admin();
        return api.get(Leads.path(leadId) + "/activities").expect(200).items().stream()
                .map(activity -> activity.getString("action")).toList();
    }
}
