package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.Leads.LEADS;
import static org.realtycrm.it.support.Leads.assigneeId;
import static org.realtycrm.it.support.Leads.id;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Query;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.Unique;
import org.realtycrm.it.support.UsPhone;

/** Who gets a lead (round-robin routing, assignment), and finding leads again (filters, search, sort, paging). */
class LeadRoutingAndSearchIT extends CrmIT {

    @Test
    void unassignedLeadsTakeTurnsAmongActiveAgentsInTheOrderTheyJoined() {
        Account first = Accounts.agent();
        Account inactive = Accounts.agent();
        Account second = Accounts.agent();
        Account third = Accounts.agent();
        Accounts.deactivate(inactive);
        Response activeAgentsPage =
                admin().get(Accounts.USERS + Query.of("role", "AGENT", "active", true, "size", 200)).expect(200);
        assertThat(activeAgentsPage.total()).as("all active agents fit on one page").isLessThanOrEqualTo(200);
        List<Long> activeAgents = activeAgentsPage.ids();

        List<Long> turns = new ArrayList<>();
        while (turns.size() <= activeAgents.size() && !turns.contains(first.id())) {
            turns.add(assigneeOfANewUnassignedLead());
        }
        assertThat(turns).as("within one round the turn reaches the first agent just added").contains(first.id());
        assertThat(activeAgents).containsAll(turns);

        assertThat(assigneeOfANewUnassignedLead()).as("the inactive agent is passed over").isEqualTo(second.id());
        assertThat(assigneeOfANewUnassignedLead()).isEqualTo(third.id());
        assertThat(assigneeOfANewUnassignedLead()).as("after the newest agent the turn wraps to the oldest")
                .isEqualTo(Collections.min(activeAgents));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AGENT", "ADMIN"})
    void adminMayHandANewLeadToAnyActiveAgentOrAdmin(String role) {
        Account owner = role.equals("AGENT") ? Accounts.agent() : Accounts.newAdmin();

        JsonObject lead = adminLeads().create(newLead().assignedTo(owner.id()));

        assertThat(assigneeId(lead)).isEqualTo(owner.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"client", "inactive agent"})
    void newLeadCannotGoToAClientOrAnInactiveAgent(String who) {
        Account unfit = unfitOwner(who);

        Response response = admin().post(LEADS, newLead().assignedTo(unfit.id()).build());

        assertThatProblem(response).hasStatus(422).hasType("rule-violation");
    }

    @Test
    void assignmentHandsTheLeadToAnotherAgent() {
        Account before = Accounts.agent();
        Account after = Accounts.agent();
        JsonObject lead = adminLeads().create(newLead().assignedTo(before.id()));

        Response assigned = adminLeads().assign(id(lead), after.id());

        assertThat(assigneeId(assigned.expect(200).json())).isEqualTo(after.id());
        assertThat(assigned.json().getJsonObject("assignedTo").getString("name")).isEqualTo(after.name());
        assertThat(assigneeId(adminLeads().get(id(lead)))).isEqualTo(after.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"client", "inactive agent"})
    void assigningToAClientOrAnInactiveAgentIsARuleViolation(String who) {
        Account owner = Accounts.agent();
        JsonObject lead = adminLeads().create(newLead().assignedTo(owner.id()));

        Response response = adminLeads().assign(id(lead), unfitOwner(who).id());

        assertThatProblem(response).hasStatus(422).hasType("rule-violation");
        assertThat(assigneeId(adminLeads().get(id(lead)))).isEqualTo(owner.id());
    }

    @Test
    void assigningToSomeoneWhoDoesNotExistIsRefused() {
        JsonObject lead = adminLeads().create();

        Response response = adminLeads().assign(id(lead), Long.MAX_VALUE / 2);

        assertThat(response.status()).as(response.describe()).isIn(404, 422);
        assertThatProblem(response).hasStatus(response.status());
        assertThat(assigneeId(adminLeads().get(id(lead)))).isEqualTo(assigneeId(lead));
    }

    @Test
    void listFiltersByStatusTemperatureAndSource() {
        String tag = Unique.word();
        String zillow = "Zillow " + tag;
        String openHouse = "Open house " + tag;
        long hotNew = id(adminLeads().create(newLead().lastName(tag).source(zillow).temperature("HOT")));
        long warmContacted = id(adminLeads().walk(
                adminLeads().create(newLead().lastName(tag).source(zillow).temperature("WARM")), "CONTACTED"));
        long coldQualified = id(adminLeads().walk(
                adminLeads().create(newLead().lastName(tag).source(openHouse).temperature("COLD")),
                "CONTACTED", "QUALIFIED"));
        long coldNew = id(adminLeads().create(newLead().lastName(tag).source(openHouse).temperature("COLD")));

        assertThat(ids("q", tag)).containsExactlyInAnyOrder(hotNew, warmContacted, coldQualified, coldNew);
        assertThat(ids("q", tag, "status", "NEW", "status", "CONTACTED"))
                .containsExactlyInAnyOrder(hotNew, warmContacted, coldNew);
        assertThat(ids("q", tag, "temperature", "COLD")).containsExactlyInAnyOrder(coldQualified, coldNew);
        assertThat(ids("source", zillow)).containsExactlyInAnyOrder(hotNew, warmContacted);
        assertThat(ids("source", openHouse, "status", "NEW")).containsExactly(coldNew);
        assertThat(ids("q", tag, "status", "LOST")).isEmpty();
    }

    @Test
    void listFiltersByAssignee() {
        String tag = Unique.word();
        Account ana = Accounts.agent();
        Account ben = Accounts.agent();
        long anasFirst = id(adminLeads().create(newLead().lastName(tag).assignedTo(ana.id())));
        long anasSecond = id(adminLeads().create(newLead().lastName(tag).assignedTo(ana.id())));
        long bens = id(adminLeads().create(newLead().lastName(tag).assignedTo(ben.id())));

        assertThat(ids("assignedTo", ana.id())).containsExactlyInAnyOrder(anasFirst, anasSecond);
        assertThat(ids("assignedTo", ben.id(), "q", tag)).containsExactly(bens);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "last name", "last name in capitals", "whole email in capitals", "phone digits", "phone as typed"})
    void searchFindsALeadByNameEmailOrPhone(String clue) {
        UsPhone phone = Unique.usPhone();
        String lastName = Unique.name();
        String emailUser = Unique.word();
        JsonObject lead = adminLeads().create(newLead().lastName(lastName).email(emailUser + "@example.org")
                .phone(phone.national()));
        String q = switch (clue) {
            case "last name" -> lastName;
            case "last name in capitals" -> lastName.toUpperCase(Locale.ROOT);
            // email and phones are sealed: they are found whole, through their blind indexes (EncryptionAtRestIT
            // shows that a part finds nothing)
            case "whole email in capitals" -> (emailUser + "@example.org").toUpperCase(Locale.ROOT);
            case "phone digits" -> phone.digits();
            default -> phone.national();
        };

        assertThat(ids("q", q)).containsExactly(id(lead));
    }

    @Test
    void listIsSortedAsAsked() {
        String tag = Unique.word();
        long carter = id(adminLeads().create(newLead().lastName("Carter " + tag)));
        long adams = id(adminLeads().create(newLead().lastName("Adams " + tag)));
        long baker = id(adminLeads().create(newLead().lastName("Baker " + tag)));

        assertThat(ids("q", tag, "sort", "lastName")).containsExactly(adams, baker, carter);
        assertThat(ids("q", tag, "sort", "-lastName")).containsExactly(carter, baker, adams);
        assertThat(ids("q", tag, "sort", "createdAt")).containsExactly(carter, adams, baker);
        assertThat(ids("q", tag)).as("newest first by default").containsExactly(baker, adams, carter);
    }

    @Test
    void pagesSplitTheListAndReportTheTotal() {
        String tag = Unique.word();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(id(adminLeads().create(newLead().lastName(tag))));
        }

        Response first = adminLeads().list("q", tag, "page", 0, "size", 2).expect(200);
        Response second = adminLeads().list("q", tag, "page", 1, "size", 2).expect(200);
        Response beyond = adminLeads().list("q", tag, "page", 5, "size", 2).expect(200);

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.json().getInt("page")).isZero();
        assertThat(first.json().getInt("size")).isEqualTo(2);
        assertThat(first.ids()).hasSize(2);
        assertThat(second.json().getInt("page")).isEqualTo(1);
        assertThat(second.ids()).hasSize(1);
        assertThat(concat(first.ids(), second.ids())).containsExactlyInAnyOrderElementsOf(created);
        assertThat(beyond.ids()).isEmpty();
        assertThat(beyond.total()).isEqualTo(3);
    }

    @Test
    void theTotalFollowsEveryChangeToTheLeads() {
        String tag = Unique.word();
        Response none = adminLeads().list("q", tag).expect(200);
        JsonObject lead = adminLeads().create(newLead().lastName(tag));
        Response one = adminLeads().list("q", tag).expect(200);
        JsonObject renamed = adminLeads().update(lead, json -> json.lastName(tag + "x"));
        Response stillOne = adminLeads().list("q", tag).expect(200);
        admin().delete(Leads.path(renamed)).expect(204);
        Response noneAgain = adminLeads().list("q", tag).expect(200);

        // totals are cached per filter: each answer must still count what is stored now
        assertThat(List.of(none.total(), one.total(), stillOne.total(), noneAgain.total())).containsExactly(0L, 1L, 1L, 0L);
        assertThat(adminLeads().list("q", tag + "x").expect(200).total()).isZero();
    }

    @Test
    void pageSizeIsCappedAt200() {
        Response page = adminLeads().list("size", 500).expect(200);

        assertThat(page.json().getInt("size")).isEqualTo(200);
        assertThat(page.items()).hasSizeLessThanOrEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({"sort, password", "sort, -notes", "status, SOLD", "temperature, TEPID", "page, -1", "size, 0"})
    void invalidListParametersAreReportedByField(String parameter, String value) {
        Response response = adminLeads().list(parameter, value);

        assertThatProblem(response).hasStatus(400).hasType("invalid-input").hasFieldError(parameter);
    }

    private static long assigneeOfANewUnassignedLead() {
        return assigneeId(adminLeads().create(newLead()));
    }

    private static Account unfitOwner(String who) {
        if (who.equals("client")) {
            return Accounts.client();
        }
        Account agent = Accounts.agent();
        Accounts.deactivate(agent);
        return agent;
    }

    private static List<Long> ids(Object... query) {
        return adminLeads().list(query).expect(200).ids();
    }

    private static List<Long> concat(List<Long> first, List<Long> second) {
        List<Long> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** The demo-leads JSR-352 job (enabled in the it profile): batch runtime on PostgreSQL, chunks routed in turn. */
    @Test
    void demoJobGeneratesRoutedLeadsWithTimelinesAndOnlyForAdmins() throws InterruptedException, SQLException {
        Account first = Accounts.agent();
        Accounts.agent();
        long seed = 900_000_000L + (System.nanoTime() % 99_999_999L);
        assertThatProblem(first.api().post(DEMO, Json.createObjectBuilder().add("count", 5).build()))
                .hasStatus(403).hasType("forbidden");

        long lastLeadBefore = lastLeadId();
        Response started = admin().post(DEMO, Json.createObjectBuilder().add("count", 40).add("seed", seed).build())
                .expect(202);
        String run = started.header("Location");
        JsonObject progress = started.json();
        for (int polls = 0; polls < 150 && !progress.getString("status").equals("COMPLETED"); polls++) {
            assertThat(progress.getString("status")).isNotIn("FAILED", "STOPPED", "ABANDONED");
            Thread.sleep(200);
            progress = admin().get(java.net.URI.create(run).getPath()).expect(200).json();
        }

        assertThat(progress.getString("status")).isEqualTo("COMPLETED");
        long generated = progress.getJsonNumber("generated").longValue();
        assertThat(generated + progress.getJsonNumber("skipped").longValue()).isEqualTo(40);
        // the seed is in the demo leads' emails, which are sealed: they are the leads the job stored (no creator,
        // no import) after the last one before it
        List<JsonObject> demoLeads = demoLeadIds(lastLeadBefore).stream().map(adminLeads()::get).toList();
        assertThat((long) demoLeads.size()).isEqualTo(generated);
        assertThat(demoLeads).allSatisfy(lead -> assertThat(assigneeId(lead)).isPositive());
        assertThat(demoLeads.stream().map(Leads::assigneeId).distinct().count())
                .as("chunks are routed in turn, not all to one agent").isGreaterThan(1);
        long someLead = id(demoLeads.get(0));
        assertThat(admin().get(Leads.path(someLead) + "/activities").expect(200).items())
                .anySatisfy(activity -> assertThat(activity.getString("action")).isEqualTo("LEAD_CREATED"));
    }

    private static long lastLeadId() throws SQLException {
        try (Connection db = database(); Statement query = db.createStatement();
                ResultSet row = query.executeQuery("select coalesce(max(id), 0) from leads")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static List<Long> demoLeadIds(long after) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection db = database(); PreparedStatement query = db.prepareStatement("select id from leads "
                + "where id > ? and created_by_id is null and import_id is null order by id")) {
            query.setLong(1, after);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(ItProperties.dbUrl(), ItProperties.dbUser(), ItProperties.dbPassword());
    }

    private static final String DEMO = "/api/v1/demo/leads";
}
