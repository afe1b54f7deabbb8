package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.Leads.id;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.Calendar;
import org.realtycrm.it.support.Eventually;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.Routing;
import org.realtycrm.it.support.Unique;

/**
 * The reports over leads this test makes (each with its own source or its own agents, so that other leads do not
 * count): source ROI with a prorated cost, the funnel by the leads' history, speed to lead with a missed deadline, the
 * leaderboard; their CSV; the sources' costs entered, replaced and removed; admins only, and a range that makes sense.
 */
public class ReportsIT extends CrmIT {

    public static final String REPORTS = "/api/v1/reports";
    public static final ZoneId BROKERAGE = ZoneId.of("America/New_York");
    /** Yesterday to tomorrow: the leads made now fall inside, whatever the hour. */
    public static final LocalDate FROM = LocalDate.now(BROKERAGE).minusDays(1);
    public static final LocalDate TO = LocalDate.now(BROKERAGE).plusDays(1);
    private static final String RANGE = "?from=" + FROM + "&to=" + TO;

    private final Routing routing = Routing.as(admin());
    private final List<JsonObject> rules = new ArrayList<>();

    @AfterEach
    void removeTheRules() {
        rules.forEach(routing::deleteRule);
    }

    private static JsonObject report(String name) {
        return admin().get(REPORTS + "/" + name + RANGE).expect(200).json();
    }

    private static JsonObject row(JsonObject report, String list, String field, String value) {
        return report.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(row -> row.get(field).toString().replace("\"", "").equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + report));
    }

    private static JsonObject lead(String source, long agentId, int price) {
        return adminLeads().create(newLead().source(source).assignedTo(agentId).set("price", Json.createValue(price)));
    }

    public static String costPath(String source, YearMonth month) {
        return REPORTS + "/source-costs/" + source + "/" + month;
    }

    private static JsonObject cost(long cents, String note) {
        return Json.createObjectBuilder().add("amountCents", cents).add("note", note).build();
    }

    @Test
    void sourceRoiCountsTheSourcesLeadsInTheRangeAndItsCostByTheDaysOfTheMonthInside() {
        String source = "Roi" + Unique.word();
        Account agent = Accounts.agent();
        JsonObject closed = lead(source, agent.id(), 500_000);
        adminLeads().walk(closed, "CONTACTED", "QUALIFIED", "UNDER_CONTRACT", "CLOSED");
        adminLeads().walk(lead(source, agent.id(), 300_000), "CONTACTED");
        lead(source, agent.id(), 200_000);
        admin().delete(Leads.path(lead(source, agent.id(), 900_000))).expect(204);
        Calendar.as(admin()).createAppointment(Calendar.appointment("Showing", Instant.now().plus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(1)).plus(Duration.ofHours(1))).add("leadId", id(closed))
                .add("assigneeId", agent.id()));
        YearMonth month = YearMonth.from(LocalDate.now(BROKERAGE));
        admin().put(costPath(source, month), cost(1_000, "first guess")).expect(201);
        JsonObject replaced = admin().put(costPath(source, month), cost(310_000, "Premier Agent")).expect(200).json();
        assertThat(replaced.getJsonNumber("amountCents").longValue()).isEqualTo(310_000);

        JsonObject roi = row(report("source-roi"), "sources", "source", source);

        assertThat(roi.getInt("leads")).as("the deleted lead left out").isEqualTo(3);
        assertThat(roi.getInt("contacted")).isEqualTo(2);
        assertThat(roi.getInt("appointments")).isEqualTo(1);
        assertThat(roi.getInt("closed")).isEqualTo(1);
        assertThat(roi.getJsonNumber("volume").bigDecimalValue()).isEqualByComparingTo("500000");
        long cost = prorated(310_000, month);
        assertThat(roi.getJsonNumber("costCents").longValue()).isEqualTo(cost);
        assertThat(roi.getJsonNumber("costPerLeadCents").longValue()).isEqualTo(Math.round(cost / 3.0));
        assertThat(roi.getJsonNumber("costPerClosingCents").longValue()).isEqualTo(cost);

        Response csv = admin().get(REPORTS + "/source-roi.csv" + RANGE, "text/csv").expect(200);
        assertThat(csv.contentType()).isEqualTo("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("source-roi_" + FROM + "_" + TO + ".csv");
        assertThat(csv.body()).startsWith("Source,Leads,Contacted,Appointments,Closed,Volume,Cost,Cost per lead,"
                + "Cost per closing").contains(source + ",3,2,1,1,500000.00," + dollars(cost) + ","
                + dollars(Math.round(cost / 3.0)) + "," + dollars(cost));

        assertThat(admin().get(REPORTS + "/source-costs").expect(200).array())
                .anySatisfy(entry -> assertThat(entry.getString("source")).isEqualTo(source));
        assertThat(admin().get("/api/v1/activities?subjectType=SOURCE_COST").expect(200).body())
                .contains("Cost of " + source + " for " + month + " replaced");
        admin().delete(costPath(source, month)).expect(204);
        assertThatProblem(admin().delete(costPath(source, month))).hasStatus(404);
        assertThat(row(report("source-roi"), "sources", "source", source).getInt("costCents")).isZero();
    }

    /** The month's cost over the days of {@link #FROM} to {@link #TO} inside it, rounded half up to the cent. */
    public static long prorated(long cents, YearMonth month) {
        LocalDate first = FROM.isBefore(month.atDay(1)) ? month.atDay(1) : FROM;
        LocalDate last = TO.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : TO;
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        return BigDecimal.valueOf(cents * days).divide(BigDecimal.valueOf(month.lengthOfMonth()), 0,
                RoundingMode.HALF_UP).longValueExact();
    }

    private static String dollars(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    @Test
    void theFunnelCountsTheStagesALeadReachedEvenWhenItWasLostSince() {
        long[] before = reached();
        Account agent = Accounts.agent();
        String source = "Funnel" + Unique.word();
        adminLeads().walk(lead(source, agent.id(), 1), "CONTACTED", "QUALIFIED", "LOST");
        adminLeads().walk(lead(source, agent.id(), 1), "CONTACTED", "QUALIFIED", "UNDER_CONTRACT", "CLOSED");
        lead(source, agent.id(), 1);

        long[] after = reached();

        assertThat(new long[] {after[0] - before[0], after[1] - before[1], after[2] - before[2],
                after[3] - before[3], after[4] - before[4]}).containsExactly(3, 2, 2, 1, 1);
        JsonObject funnel = report("funnel");
        assertThat(funnel.getString("zone")).isEqualTo(BROKERAGE.getId());
        assertThat(funnel.getJsonArray("stages").getJsonObject(0).isNull("fromPrevious")).isTrue();
        assertThat(admin().get(REPORTS + "/funnel.csv" + RANGE, "text/csv").expect(200).body())
                .startsWith("Stage,Reached,% of previous stage,% of all").contains("\nQUALIFIED,", "\nCLOSED,");
    }

    private static long[] reached() {
        return report("funnel").getJsonArray("stages").getValuesAs(JsonObject.class).stream()
                .mapToLong(stage -> stage.getJsonNumber("reached").longValue()).toArray();
    }

    @Test
    void speedToLeadAndTheLeaderboardCountEachAgentsLeadsAndTheDeadlineTheyMissed() {
        String source = "Speed" + Unique.word();
        Account ben = Accounts.agent();
        Account cleo = Accounts.agent();
        long team = id(routing.createTeam("Team " + Unique.word(), null, ben.id(), cleo.id()));
        rules.add(routing.createRule(Routing.rule("Five minutes", source, "TEAM", team)
                .add("contactWithinMinutes", 5)));
        JsonObject ignored = adminLeads().create(newLead().source(source));
        Account missedBy = Leads.assigneeId(ignored) == ben.id() ? ben : cleo;
        Account worker = missedBy == ben ? cleo : ben;
        JsonObject worked = adminLeads().create(newLead().source(source));
        assertThat(Leads.assigneeId(worked)).isEqualTo(worker.id());
        worker.api().post(Leads.path(worked) + "/notes", Json.createObjectBuilder().add("text", "Called").build())
                .expect(201);
        Calendar.as(worker.api()).createAppointment(Calendar.appointment("Coffee", Instant.now().plus(Duration.ofDays(2)),
                Instant.now().plus(Duration.ofDays(2)).plus(Duration.ofHours(1))).add("leadId", id(worked)));
        JsonObject sold = lead(source, worker.id(), 750_000);
        adminLeads().walk(sold, "CONTACTED", "QUALIFIED", "UNDER_CONTRACT", "CLOSED");

        Routing.contactDueNow(id(ignored));
        Eventually.await("the ignored lead moves on", () -> admin().get(Leads.path(ignored)).expect(200).json(),
                lead -> Leads.assigneeId(lead) == worker.id());

        JsonObject speed = report("speed-to-lead");
        JsonObject missed = row(speed, "agents", "agentId", String.valueOf(missedBy.id()));
        assertThat(missed.getInt("assigned")).as("the lead moved on: it is the other agent's now").isZero();
        assertThat(missed.getInt("missed")).isEqualTo(1);
        JsonObject fast = row(speed, "agents", "agentId", String.valueOf(worker.id()));
        assertThat(fast.getInt("assigned")).as("theirs, the one they were handed and the sold one").isEqualTo(3);
        assertThat(fast.getInt("contacted")).isEqualTo(2);
        assertThat(fast.getInt("contactedInTime")).isEqualTo(2);
        assertThat(fast.getInt("missed")).isZero();
        assertThat(fast.getJsonNumber("medianMinutes").doubleValue()).isBetween(0.0, 5.0);
        assertThat(fast.getJsonNumber("p90Minutes").doubleValue()).isBetween(0.0, 5.0);

        JsonObject board = report("leaderboard");
        JsonObject top = row(board, "agents", "agentId", String.valueOf(worker.id()));
        assertThat(top.getInt("assigned")).isEqualTo(3);
        assertThat(top.getInt("contacted")).isEqualTo(2);
        assertThat(top.getInt("appointments")).isEqualTo(1);
        assertThat(top.getInt("closed")).isEqualTo(1);
        assertThat(top.getJsonNumber("volume").bigDecimalValue()).isEqualByComparingTo("750000");
        List<JsonObject> agents = board.getJsonArray("agents").getValuesAs(JsonObject.class);
        assertThat(agents.indexOf(top)).as("ahead of every agent without a closing")
                .isLessThan(agents.indexOf(row(board, "agents", "agentId", String.valueOf(missedBy.id()))));
        assertThat(admin().get(REPORTS + "/leaderboard.csv" + RANGE, "text/csv").expect(200).body())
                .contains("," + worker.id() + "," + worker.name() + ",3,2,1,1,750000.00");
        assertThat(admin().get(REPORTS + "/speed-to-lead.csv" + RANGE, "text/csv").expect(200).body())
                .contains(missedBy.id() + "," + missedBy.name() + ",0,0,,,0,1");
    }

    @Test
    void onlyAdminsReadTheReportsAndARangeMustMakeSense() {
        Api agent = Accounts.agent().api();
        for (String report : List.of("source-roi", "speed-to-lead", "funnel", "leaderboard", "funnel.csv",
                "source-costs")) {
            assertThatProblem(agent.get(REPORTS + "/" + report + RANGE, report.endsWith(".csv") ? "text/csv"
                    : Api.JSON)).hasStatus(403);
        }
        assertThatProblem(agent.put(costPath("Zillow", YearMonth.of(2026, 1)), cost(1, "x"))).hasStatus(403);

        assertThatProblem(admin().get(REPORTS + "/funnel?from=2026-02-01&to=2026-01-31")).hasStatus(400)
                .hasFieldError("to");
        assertThatProblem(admin().get(REPORTS + "/leaderboard?from=2020-01-01&to=2023-01-02")).hasStatus(400)
                .hasFieldError("to");
        assertThatProblem(admin().get(REPORTS + "/source-roi?from=yesterday&to=2026-01-31")).hasStatus(400)
                .hasFieldError("from");
        assertThatProblem(admin().get(REPORTS + "/speed-to-lead.csv?to=2026-01-31", "text/csv")).hasStatus(400)
                .hasFieldError("from");
        assertThatProblem(admin().get(REPORTS + "/nothing.csv" + RANGE, "text/csv")).hasStatus(404);
        assertThatProblem(admin().put(costPath("Zillow", YearMonth.of(2026, 1)), cost(-1, "x"))).hasStatus(400)
                .hasFieldError("amountCents");
        assertThatProblem(admin().put(REPORTS + "/source-costs/Zillow/2026-13", cost(1, "x"))).hasStatus(400)
                .hasFieldError("month");
    }
}
