package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.Leads.id;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.Calendar;
import org.realtycrm.it.support.Eventually;
import org.realtycrm.it.support.Inbox;
import org.realtycrm.it.support.Response;

/**
 * Tasks, appointments and calendars through the API: who sees what, the rules each keeps, the bell's reminders (once
 * each), recurring tasks, and the private iCalendar feed that calendar apps subscribe to.
 */
class TasksIT extends CrmIT {

    /** The brokerage's zone in the system tests' configuration, where a series' times are counted. */
    private static final ZoneId BROKERAGE_ZONE = ZoneId.of("America/New_York");

    @Test
    void anAgentSetsATaskOnTheirLeadItShowsOnTheTimelineAndTheBellRingsOnceWhenItsReminderComes() {
        Account agent = Accounts.agent();
        JsonObject lead = agent.leads().create(newLead().firstName("Tessa"));
        Calendar calendar = Calendar.as(agent.api());
        Instant due = Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);

        JsonObject task = calendar.createTask(Calendar.task("Call about the pre-approval", due)
                .add("leadId", id(lead)).add("remindMinutesBefore", 10).add("details", "Lender: First Bank"));

        assertThat(task.getString("kind")).isEqualTo("CALL");
        assertThat(task.getJsonObject("lead").getJsonNumber("id").longValue()).isEqualTo(id(lead));
        assertThat(task.getJsonObject("lead").getString("name")).startsWith("Tessa");
        assertThat(task.getJsonNumber("assigneeId").longValue()).isEqualTo(agent.id());
        assertThat(Instant.parse(task.getString("dueAt"))).isEqualTo(due);
        assertThat(task.getBoolean("open")).isTrue();
        assertThat(agent.leads().timeline(id(lead))).extracting(entry -> entry.getString("action"))
                .contains("TASK_CREATED");

        List<JsonObject> rung = Inbox.await(agent.api(), items -> Inbox.about(items, "TASK_DUE", id(lead)) > 0);
        assertThat(rung).filteredOn(n -> n.getString("kind").equals("TASK_DUE")).singleElement()
                .satisfies(n -> assertThat(n.getString("message")).contains("Call about the pre-approval", "Tessa"));
        // the timer runs every 2 s in the tests: several runs later, still one
        Eventually.pause(Duration.ofSeconds(5));
        assertThat(agent.api().get(Inbox.NOTIFICATIONS).expect(200).items())
                .filteredOn(n -> n.getString("kind").equals("TASK_DUE")).hasSize(1);

        JsonObject done = calendar.complete(task).expect(200).json();
        assertThat(done.getJsonObject("done").getBoolean("open")).isFalse();
        assertThat(done.isNull("next")).isTrue();
        assertThat(agent.leads().timeline(id(lead))).extracting(entry -> entry.getString("action"))
                .contains("TASK_COMPLETED");
        assertThatProblem(calendar.complete(done.getJsonObject("done"))).hasStatus(422);
    }

    @Test
    void aRecurringTaskDoneComesBackAtItsSeriesNextTimeAfterNow() {
        Account agent = Accounts.agent();
        Calendar calendar = Calendar.as(agent.api());
        Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        JsonObject daily = calendar.createTask(Calendar.task("Check the new listings", threeDaysAgo)
                .add("kind", "OTHER").add("recurrence", "DAILY"));
        assertThat(daily.getBoolean("overdue")).isTrue();

        JsonObject completion = calendar.complete(daily).expect(200).json();

        // done three days late, it comes back at its time of day tomorrow or today, not three times overdue
        Instant expected = threeDaysAgo.atZone(BROKERAGE_ZONE).plusDays(3).toInstant();
        if (!expected.isAfter(Instant.now())) {
            expected = threeDaysAgo.atZone(BROKERAGE_ZONE).plusDays(4).toInstant();
        }
        JsonObject next = completion.getJsonObject("next");
        assertThat(Instant.parse(next.getString("dueAt"))).isEqualTo(expected);
        assertThat(next.getString("recurrence")).isEqualTo("DAILY");
        assertThat(next.getBoolean("open")).isTrue();
        assertThat(agent.api().get(Calendar.TASKS + "?open=true").expect(200).items())
                .extracting(t -> t.getJsonNumber("id").longValue()).containsExactly(next.getJsonNumber("id").longValue());

        JsonObject reopened = agent.api().post(Calendar.taskPath(completion.getJsonObject("done")) + "/reopen",
                Calendar.version(completion.getJsonObject("done"))).expect(200).json();
        assertThat(reopened.getBoolean("open")).isTrue();
    }

    @Test
    void eachAgentSeesOnlyTheirOwnCalendarAndAnAdminSetsAnyonesTask() {
        Account agent = Accounts.agent();
        Account other = Accounts.agent();
        JsonObject task = Calendar.as(agent.api()).createTask(Calendar.task("Mine", Instant.now().plusSeconds(7200)));

        assertThatProblem(other.api().get(Calendar.taskPath(task))).hasStatus(404);
        assertThatProblem(other.api().delete(Calendar.taskPath(task))).hasStatus(404);
        assertThat(other.api().get(Calendar.TASKS).expect(200).items()).isEmpty();
        assertThat(admin().get(Calendar.TASKS + "?assigneeId=" + agent.id()).expect(200).items())
                .extracting(t -> t.getString("title")).containsExactly("Mine");

        // an agent fills only their own calendar, and only with their own leads
        assertThatProblem(other.api().post(Calendar.TASKS, Calendar.task("Yours", Instant.now())
                .add("assigneeId", agent.id()).build())).hasStatus(403);
        JsonObject agentsLead = agent.leads().create(newLead());
        assertThatProblem(other.api().post(Calendar.TASKS, Calendar.task("Theirs", Instant.now())
                .add("leadId", id(agentsLead)).build())).hasStatus(400).hasFieldError("leadId");
        Instant now = Instant.now();
        assertThat(Calendar.as(other.api()).between(now, now.plusSeconds(60)).expect(200).array()).isEmpty();
        assertThatProblem(other.api().get(Calendar.CALENDAR + "?from=" + now + "&to=" + now.plusSeconds(60)
                + "&assigneeId=" + agent.id())).hasStatus(403);

        // an admin sets a task for the agent: it is the agent's
        JsonObject set = Calendar.as(admin()).createTask(Calendar.task("From the broker", Instant.now().plusSeconds(60))
                .add("assigneeId", agent.id()));
        assertThat(agent.api().get(Calendar.taskPath(set)).expect(200).json().getString("title"))
                .isEqualTo("From the broker");
    }

    @Test
    void badTasksAndAppointmentsAreRefusedFieldByFieldAndStaleChangesConflict() {
        Api agent = Accounts.agent().api();
        assertThatProblem(agent.post(Calendar.TASKS, Json.createObjectBuilder().add("kind", "NAP")
                .add("title", "x").add("dueAt", Instant.now().toString()).build())).hasStatus(400)
                .hasFieldError("kind");
        assertThatProblem(agent.post(Calendar.TASKS, Calendar.task(" ", Instant.now()).build())).hasStatus(400)
                .hasFieldError("title");
        assertThatProblem(agent.post(Calendar.TASKS, Json.createObjectBuilder().add("kind", "CALL")
                .add("title", "No time").build())).hasStatus(400).hasFieldError("dueAt");
        assertThatProblem(agent.post(Calendar.TASKS, Calendar.task("Far ahead", Instant.now())
                .add("remindMinutesBefore", 20_000).build())).hasStatus(400).hasFieldError("remindMinutesBefore");
        Instant start = Instant.now().plus(Duration.ofDays(1));
        assertThatProblem(agent.post(Calendar.APPOINTMENTS, Calendar.appointment("Backwards", start,
                start.minusSeconds(60)).build())).hasStatus(400).hasFieldError("endsAt");
        assertThatProblem(agent.get(Calendar.TASKS + "?dueFrom=yesterday")).hasStatus(400).hasFieldError("dueFrom");

        JsonObject task = Calendar.as(agent).createTask(Calendar.task("Versioned", start));
        JsonObject moved = agent.post(Calendar.taskPath(task) + "/move", Json.createObjectBuilder()
                .add("version", task.getJsonNumber("version").longValue())
                .add("dueAt", start.plusSeconds(3600).toString()).build()).expect(200).json();
        assertThat(Instant.parse(moved.getString("dueAt"))).isEqualTo(start.plusSeconds(3600));
        assertThatProblem(agent.put(Calendar.taskPath(task), Calendar.task("Stale", start)
                .add("version", task.getJsonNumber("version").longValue()).build())).hasStatus(409);
    }

    @Test
    void anAppointmentIsMovedOnTheCalendarRingsBeforeItStartsAndTheDayListsIt() {
        Account agent = Accounts.agent();
        JsonObject lead = agent.leads().create(newLead().firstName("Otto"));
        Calendar calendar = Calendar.as(agent.api());
        Instant start = Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
        JsonObject meeting = calendar.createAppointment(Calendar.appointment("Listing appointment", start,
                start.plus(Duration.ofHours(1))).add("location", "12 Oak St").add("leadId", id(lead))
                .add("remindMinutesBefore", 45));

        List<JsonObject> rung = Inbox.await(agent.api(),
                items -> Inbox.about(items, "APPOINTMENT_SOON", id(lead)) > 0);
        assertThat(rung).filteredOn(n -> n.getString("kind").equals("APPOINTMENT_SOON")).singleElement()
                .satisfies(n -> assertThat(n.getString("message")).contains("Listing appointment", "12 Oak St"));

        Instant later = start.plus(Duration.ofDays(1));
        JsonObject moved = agent.api().post(Calendar.appointmentPath(meeting) + "/move", Json.createObjectBuilder()
                .add("version", meeting.getJsonNumber("version").longValue()).add("startsAt", later.toString())
                .add("endsAt", later.plus(Duration.ofMinutes(90)).toString()).build()).expect(200).json();
        assertThat(Instant.parse(moved.getString("endsAt"))).isEqualTo(later.plus(Duration.ofMinutes(90)));

        List<JsonObject> week = calendar.between(start.minus(Duration.ofDays(1)), start.plus(Duration.ofDays(6)))
                .expect(200).array();
        assertThat(week).filteredOn(e -> e.getString("type").equals("APPOINTMENT")).singleElement()
                .satisfies(e -> {
                    assertThat(Instant.parse(e.getString("start"))).isEqualTo(later);
                    assertThat(e.getString("location")).isEqualTo("12 Oak St");
                });
        assertThatProblem(calendar.between(start, start.plus(Duration.ofDays(90)))).hasStatus(400)
                .hasFieldError("to");

        JsonObject overdue = calendar.createTask(Calendar.task("Overdue call", Instant.now().minus(Duration.ofDays(2))));
        JsonObject day = agent.api().get(Calendar.CALENDAR + "/today").expect(200).json();
        assertThat(day.getString("zone")).isEqualTo(BROKERAGE_ZONE.getId());
        assertThat(day.getJsonArray("overdue").getValuesAs(JsonObject.class))
                .extracting(e -> e.getJsonNumber("id").longValue()).contains(overdue.getJsonNumber("id").longValue());
        assertThat(day.getJsonNumber("overdueTotal").longValue()).isEqualTo(1);

        agent.api().delete(Calendar.appointmentPath(moved)).expect(204);
        assertThatProblem(agent.api().get(Calendar.appointmentPath(moved))).hasStatus(404);
    }

    @Test
    void theFeedIsReadWithoutSignInAtItsSecretAddressUntilItIsReplacedOrStopped() throws Exception {
        Account agent = Accounts.agent();
        Calendar calendar = Calendar.as(agent.api());
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        JsonObject meeting = calendar.createAppointment(Calendar.appointment("Buyer consultation", start,
                start.plus(Duration.ofHours(1))).add("location", "Office, 100 Test Street"));
        JsonObject task = calendar.createTask(Calendar.task("Send the comps", start.plus(Duration.ofHours(2))));
        assertThat(agent.api().get(Calendar.CALENDAR + "/feed").expect(200).json().isNull("address")).isTrue();

        String address = agent.api().post(Calendar.CALENDAR + "/feed", Json.createObjectBuilder().build())
                .expect(200).json().getString("address");
        assertThat(address).startsWith("https://crm.it.realtycrm.example/api/v1/calendar/feeds/").endsWith(".ics");
        assertThat(agent.api().get(Calendar.CALENDAR + "/feed").expect(200).json().getString("address"))
                .isEqualTo(address);

        Response feed = Api.anonymous().get(URI.create(address).getPath(), "text/calendar");
        assertThat(feed.status()).as(feed.describe()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        net.fortuna.ical4j.model.Calendar parsed = new CalendarBuilder().build(new StringReader(feed.body()));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.<Property>getProperty(Property.UID).orElseThrow().getValue())
                .containsExactlyInAnyOrder("appointment-" + id(meeting) + "@realtycrm",
                        "task-" + id(task) + "@realtycrm");
        VEvent consultation = events.stream().filter(e -> e.getSummary().getValue().equals("Buyer consultation"))
                .findFirst().orElseThrow();
        assertThat(consultation.getLocation().getValue()).isEqualTo("Office, 100 Test Street");
        assertThat(consultation.getDateTimeStart().getValue()).isNotNull();
        assertThat(events).extracting(e -> e.getSummary().getValue()).contains("Call: Send the comps");

        String replaced = agent.api().post(Calendar.CALENDAR + "/feed", Json.createObjectBuilder().build())
                .expect(200).json().getString("address");
        assertThat(replaced).isNotEqualTo(address);
        assertThatProblem(Api.anonymous().get(URI.create(address).getPath())).hasStatus(404);
        assertThat(Api.anonymous().get(URI.create(replaced).getPath(), "*/*").status()).isEqualTo(200);

        agent.api().delete(Calendar.CALENDAR + "/feed").expect(204);
        assertThatProblem(Api.anonymous().get(URI.create(replaced).getPath())).hasStatus(404);
    }
}
