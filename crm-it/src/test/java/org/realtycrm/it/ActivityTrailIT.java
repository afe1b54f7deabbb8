package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.Leads.id;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Changes;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Query;
import org.realtycrm.it.support.Response;

/** The audit trail: a lead's timeline, what each entry says changed, and the admin's system-wide view. */
class ActivityTrailIT extends CrmIT {

    private static final String ACTIVITIES = "/api/v1/activities";

    /** One lead's life: created for one agent, edited, contacted, handed to another agent, deleted. */
    private record Story(JsonObject lead, Account firstAgent, Account secondAgent) {

        static Story tell() {
            Account first = Accounts.agent();
            Account second = Accounts.agent();
            JsonObject lead = adminLeads().create(
                    newLead().assignedTo(first.id()).temperature("WARM").notes("Called once"));
            JsonObject edited = adminLeads().update(lead, json -> json.temperature("HOT").notes("Wants to see Elm St"));
            adminLeads().update(edited, json -> json.status("CONTACTED"));
            adminLeads().assign(id(lead), second.id()).expect(200);
            admin().delete(Leads.path(lead)).expect(204);
            return new Story(lead, first, second);
        }

        List<JsonObject> trail() {
            return activities("subjectType", "LEAD", "subjectId", id(lead));
        }
    }

    @Test
    void leadTrailTellsWhatHappenedAndWhoDidItNewestFirst() {
        Story story = Story.tell();

        List<JsonObject> trail = story.trail();

        assertThat(actions(trail)).containsExactly(
                "LEAD_DELETED", "LEAD_ASSIGNED", "STATUS_CHANGED", "LEAD_UPDATED", "LEAD_CREATED");
        assertThat(trail).allSatisfy(activity -> {
            assertThat(activity.getString("subjectType")).isEqualTo("LEAD");
            assertThat(activity.getJsonNumber("subjectId").longValue()).isEqualTo(id(story.lead()));
            assertThat(id(activity.getJsonObject("actor"))).isEqualTo(Accounts.adminId());
            assertThat(activity.getJsonObject("actor").getString("name")).isNotBlank();
            assertThat(activity.getString("summary")).isNotBlank();
        });
        assertThat(trail).extracting(ActivityTrailIT::occurredAt).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void eachEntryListsOnlyTheFieldsThatChangedWithBeforeAndAfter() {
        Story story = Story.tell();

        List<JsonObject> trail = story.trail();

        JsonObject created = changesOf(trail, "LEAD_CREATED");
        assertThat(Changes.from(created, "firstName")).isNull();
        assertThat(Changes.to(created, "firstName")).isEqualTo(story.lead().getString("firstName"));
        assertThat(Changes.to(created, "email")).isEqualTo(story.lead().getString("email"));
        JsonObject updated = changesOf(trail, "LEAD_UPDATED");
        assertThat(updated.keySet()).containsExactlyInAnyOrder("temperature", "notes");
        assertThat(Changes.from(updated, "temperature")).isEqualTo("WARM");
        assertThat(Changes.to(updated, "temperature")).isEqualTo("HOT");
        assertThat(Changes.from(updated, "notes")).isEqualTo("Called once");
        assertThat(Changes.to(updated, "notes")).isEqualTo("Wants to see Elm St");
        JsonObject statusChanged = changesOf(trail, "STATUS_CHANGED");
        assertThat(statusChanged.keySet()).containsExactly("status");
        assertThat(Changes.from(statusChanged, "status")).isEqualTo("NEW");
        assertThat(Changes.to(statusChanged, "status")).isEqualTo("CONTACTED");
        JsonObject assigned = changesOf(trail, "LEAD_ASSIGNED");
        assertThat(assigned.keySet()).containsExactly("assignedTo");
        assertThat(Changes.from(assigned, "assignedTo")).satisfiesAnyOf(
                from -> assertThat(from).contains(story.firstAgent().name()),
                from -> assertThat(from).containsPattern("\\b" + story.firstAgent().id() + "\\b"));
        assertThat(Changes.to(assigned, "assignedTo")).satisfiesAnyOf(
                to -> assertThat(to).contains(story.secondAgent().name()),
                to -> assertThat(to).containsPattern("\\b" + story.secondAgent().id() + "\\b"));
    }

    @Test
    void agentReadsTheTimelineOfTheirLeadAndIsNamedAsTheActor() {
        Account agent = Accounts.agent();
        JsonObject lead = agent.leads().create(newLead());
        agent.leads().update(lead, json -> json.notes("First call went well"));

        Response timeline = agent.api().get(Leads.path(lead) + "/activities").expect(200);

        assertThat(actions(timeline.items())).containsExactly("LEAD_UPDATED", "LEAD_CREATED");
        assertThat(timeline.total()).isEqualTo(2);
        assertThat(timeline.items()).allSatisfy(activity ->
                assertThat(id(activity.getJsonObject("actor"))).isEqualTo(agent.id()));
    }

    @Test
    void leadTimelineIsPagedNewestFirst() {
        JsonObject lead = adminLeads().walk(adminLeads().create(), "CONTACTED", "QUALIFIED");
        String timeline = Leads.path(lead) + "/activities";

        Response first = admin().get(timeline + Query.of("page", 0, "size", 2)).expect(200);
        Response second = admin().get(timeline + Query.of("page", 1, "size", 2)).expect(200);

        assertThat(first.total()).isEqualTo(3);
        assertThat(actions(first.items())).containsExactly("STATUS_CHANGED", "STATUS_CHANGED");
        assertThat(actions(second.items())).containsExactly("LEAD_CREATED");
    }

    @Test
    void systemWideTrailFiltersBySubjectActorActionAndTime() {
        Account agent = Accounts.agent();
        JsonObject lead = agent.leads().create(newLead());
        agent.leads().walk(lead, "CONTACTED");

        List<JsonObject> byAgent = activities("actorId", agent.id());
        assertThat(actions(byAgent)).containsExactly("STATUS_CHANGED", "LEAD_CREATED");
        assertThat(byAgent).allSatisfy(activity -> assertThat(activity.getJsonNumber("subjectId").longValue())
                .isEqualTo(id(lead)));
        assertThat(activities("actorId", agent.id(), "action", "LEAD_CREATED")).hasSize(1);
        assertThat(activities("subjectType", "LEAD", "subjectId", id(lead), "action", "STATUS_CHANGED")).hasSize(1);
        assertThat(activities("subjectType", "USER", "subjectId", agent.id())).extracting(a -> a.getString("action"))
                .containsExactly("USER_CREATED");

        Instant createdAt = occurredAt(byAgent.get(1));
        Instant lastAt = occurredAt(byAgent.get(0));
        assertThat(activities("actorId", agent.id(), "until", createdAt.minusSeconds(1))).isEmpty();
        assertThat(activities("actorId", agent.id(), "since", lastAt.plusSeconds(1))).isEmpty();
        assertThat(activities("actorId", agent.id(),
                "since", createdAt.minusSeconds(1), "until", lastAt.plusSeconds(1))).hasSize(2);
    }

    @Test
    void systemWideTrailIsPaged() {
        JsonObject lead = adminLeads().walk(adminLeads().create(), "CONTACTED", "QUALIFIED", "NURTURE");
        String query = ACTIVITIES + Query.of("subjectType", "LEAD", "subjectId", id(lead), "size", 3);

        Response first = admin().get(query + "&page=0").expect(200);
        Response second = admin().get(query + "&page=1").expect(200);

        assertThat(first.total()).isEqualTo(4);
        assertThat(first.items()).hasSize(3);
        assertThat(actions(second.items())).containsExactly("LEAD_CREATED");
    }

    @ParameterizedTest
    @CsvSource({"subjectType, PLANET", "since, yesterday", "actorId, me"})
    void invalidTrailFiltersAreReportedByField(String parameter, String value) {
        Response response = admin().get(ACTIVITIES + Query.of(parameter, value));

        assertThatProblem(response).hasStatus(400).hasType("invalid-input").hasFieldError(parameter);
    }

    private static List<JsonObject> activities(Object... query) {
        return admin().get(ACTIVITIES + Query.of(query)).expect(200).items();
    }

    private static List<String> actions(List<JsonObject> activities) {
        return activities.stream().map(activity -> activity.getString("action")).toList();
    }

    private static JsonObject changesOf(List<JsonObject> trail, String action) {
        return trail.stream().filter(activity -> activity.getString("action").equals(action)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " in " + trail))
                .getJsonObject("changes");
    }

    private static Instant occurredAt(JsonObject activity) {
        return OffsetDateTime.parse(activity.getString("occurredAt")).toInstant();
    }
}
