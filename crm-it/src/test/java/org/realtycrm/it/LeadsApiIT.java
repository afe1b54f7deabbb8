package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.realtycrm.it.support.Leads.LEADS;
import static org.realtycrm.it.support.Leads.id;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.Unique;
import org.realtycrm.it.support.UsPhone;

/** A lead's life through the API: creation, reading, editing, status moves, deletion, duplicates, and bad input. */
class LeadsApiIT extends CrmIT {

    @Test
    void createdLeadHasNormalisedContactDetailsAndDefaults() {
        UsPhone phone = Unique.usPhone();
        String email = "Maria.Lopez." + Unique.word() + "@Example.COM";

        Response created = admin().post(LEADS, newLead().email("  " + email + " ").phone(phone.national()).build());

        assertThat(created.expect(201).contentType()).isEqualTo("application/json");
        JsonObject lead = created.json();
        assertThat(created.header("Location")).endsWith(Leads.path(lead));
        assertThat(lead.getString("email")).isEqualTo(email.toLowerCase(Locale.ROOT));
        assertThat(phones(lead)).containsExactly(tuple(phone.e164(), "MOBILE"));
        assertThat(lead.getString("status")).isEqualTo("NEW");
        assertThat(lead.getString("temperature")).isEqualTo("WARM");
        assertThat(lead).containsKeys("createdAt", "updatedAt", "version");

        JsonObject fetched = admin().get(created.header("Location")).expect(200).json();
        assertThat(fetched.getString("email")).isEqualTo(lead.getString("email"));
        assertThat(phones(fetched)).containsExactly(tuple(phone.e164(), "MOBILE"));
    }

    @Test
    void everyFieldGivenOnCreateIsKept() {
        Account agent = Accounts.agent();
        UsPhone mobile = Unique.usPhone();
        UsPhone work = Unique.usPhone();
        LeadJson input = newLead().firstName("Maria").lastName("Lopez " + Unique.name()).source("Open house")
                .temperature("HOT").assignedTo(agent.id()).nextFollowUpAt("2031-11-23T16:00:00Z")
                .notes("Pre-approved, wants 3 bed in Noe Valley")
                .set("phones", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("number", mobile.national()).add("type", "MOBILE"))
                        .add(Json.createObjectBuilder().add("number", work.dotted()).add("type", "WORK")).build());

        JsonObject lead = adminLeads().create(input);

        JsonObject expected = input.build();
        for (String field : new String[] {"firstName", "lastName", "source", "temperature", "notes"}) {
            assertThat(lead.getString(field)).as(field).isEqualTo(expected.getString(field));
        }
        assertThat(phones(lead)).containsExactly(tuple(mobile.e164(), "MOBILE"), tuple(work.e164(), "WORK"));
        assertThat(OffsetDateTime.parse(lead.getString("nextFollowUpAt")).toInstant())
                .isEqualTo(Instant.parse("2031-11-23T16:00:00Z"));
        assertThat(lead.getJsonObject("assignedTo").getJsonNumber("id").longValue()).isEqualTo(agent.id());
        assertThat(lead.getJsonObject("assignedTo").getString("name")).isEqualTo(agent.name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"email", "phones"})
    void anEmailOrAPhoneAloneIsEnoughToReachALead(String leftOut) {
        Response created = admin().post(LEADS, newLead().without(leftOut).build());

        assertThat(created.expect(201).json().containsKey("id")).isTrue();
    }

    @Test
    void unknownLeadIsNotFound() {
        assertThatProblem(admin().get(Leads.path(Long.MAX_VALUE / 2))).hasStatus(404).hasType("not-found");
    }

    @Test
    void updateReplacesTheEditableFieldsAndBumpsTheVersion() {
        JsonObject lead = adminLeads().create();
        UsPhone newPhone = Unique.usPhone();
        String newEmail = Unique.email("moved");

        JsonObject updated = adminLeads().update(lead, json -> json.firstName("Marisol").email(newEmail)
                .phone(newPhone.dotted()).source("Referral").temperature("HOT").notes("Wants a garden"));

        assertThat(updated.getString("firstName")).isEqualTo("Marisol");
        assertThat(updated.getString("email")).isEqualTo(newEmail);
        assertThat(phones(updated)).containsExactly(tuple(newPhone.e164(), "MOBILE"));
        assertThat(updated.getString("source")).isEqualTo("Referral");
        assertThat(updated.getString("temperature")).isEqualTo("HOT");
        assertThat(updated.getString("notes")).isEqualTo("Wants a garden");
        assertThat(version(updated)).isGreaterThan(version(lead));
        JsonObject fetched = adminLeads().get(id(lead));
        assertThat(fetched.getString("email")).isEqualTo(newEmail);
        assertThat(version(fetched)).isEqualTo(version(updated));
    }

    @Test
    void updateBasedOnAStaleVersionIsAConflictAndChangesNothing() {
        JsonObject lead = adminLeads().create();
        adminLeads().update(lead, json -> json.notes("first writer"));

        Response secondWriter = adminLeads().put(lead, json -> json.notes("second writer"));

        assertThatProblem(secondWriter).hasStatus(409).hasType("stale-version");
        assertThat(adminLeads().get(id(lead)).getString("notes")).isEqualTo("first writer");
    }

    @Test
    void updateWithoutTheVersionReadIsRefused() {
        JsonObject lead = adminLeads().create();

        Response blindWrite = adminLeads().put(lead, json -> json.without("version").notes("blind write"));

        assertThatProblem(blindWrite).hasStatus(400).hasType("invalid-input").hasFieldError("version");
        assertThat(adminLeads().get(id(lead)).getString("notes", null)).isNull();
    }

    @Test
    void updateNeverChangesTheAssignee() {
        Account owner = Accounts.agent();
        Account other = Accounts.agent();
        JsonObject lead = adminLeads().create(newLead().assignedTo(owner.id()));

        JsonObject updated = adminLeads().update(lead,
                json -> json.notes("sneaky").set("assignedTo", Json.createValue(other.id())));

        assertThat(Leads.assigneeId(updated)).isEqualTo(owner.id());
        assertThat(Leads.assigneeId(adminLeads().get(id(lead)))).isEqualTo(owner.id());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "NEW > CONTACTED > QUALIFIED > UNDER_CONTRACT > CLOSED",
        "NEW > CONTACTED > QUALIFIED > UNDER_CONTRACT > QUALIFIED",
        "NEW > CONTACTED > QUALIFIED > UNDER_CONTRACT > LOST",
        "NEW > NURTURE > CONTACTED > NURTURE > QUALIFIED > NURTURE > LOST",
        "NEW > LOST > NURTURE",
        "NEW > LOST > CONTACTED > LOST"})
    void statusMovesAlongTheLegalPaths(String path) {
        String[] statuses = steps(path);

        JsonObject lead = adminLeads().walk(adminLeads().create(), statuses);

        String last = statuses[statuses.length - 1];
        assertThat(lead.getString("status")).isEqualTo(last);
        assertThat(adminLeads().get(id(lead)).getString("status")).isEqualTo(last);
    }

    @ParameterizedTest(name = "{0} ⇏ {1}")
    @CsvSource({
        "NEW, QUALIFIED",
        "NEW, CLOSED",
        "NEW > CONTACTED, NEW",
        "NEW > CONTACTED > QUALIFIED > UNDER_CONTRACT > CLOSED, NURTURE",
        "NEW > CONTACTED > QUALIFIED > UNDER_CONTRACT > CLOSED, QUALIFIED",
        "NEW > LOST, QUALIFIED",
        "NEW > NURTURE, NEW",
        "NEW > NURTURE, UNDER_CONTRACT"})
    void illegalStatusChangesAreRuleViolationsThatChangeNothing(String path, String target) {
        JsonObject lead = adminLeads().walk(adminLeads().create(), steps(path));

        Response response = adminLeads().put(lead, json -> json.status(target));

        assertThatProblem(response).hasStatus(422).hasType("rule-violation");
        JsonObject unchanged = adminLeads().get(id(lead));
        assertThat(unchanged.getString("status")).isEqualTo(lead.getString("status"));
        assertThat(version(unchanged)).isEqualTo(version(lead));
    }

    @Test
    void dispositionChangesTemperatureAndStatusAndTheTimelineTellsEach() {
        Account agent = Accounts.agent();
        JsonObject lead = agent.leads().create(newLead());

        JsonObject disposed = agent.leads().dispose(id(lead), version(lead), "HOT", "CONTACTED").expect(200).json();

        assertThat(disposed.getString("temperature")).isEqualTo("HOT");
        assertThat(disposed.getString("status")).isEqualTo("CONTACTED");
        assertThat(version(disposed)).isGreaterThan(version(lead));
        assertThat(version(agent.leads().get(id(lead)))).isEqualTo(version(disposed));
        List<JsonObject> timeline = agent.leads().timeline(id(lead));
        assertThat(timeline).extracting(activity -> activity.getString("action")).hasSize(3).endsWith("LEAD_CREATED");
        assertThat(timeline.subList(0, 2)).extracting(activity -> activity.getString("action"),
                activity -> activity.getJsonObject("changes").keySet())
                .containsExactlyInAnyOrder(tuple("STATUS_CHANGED", Set.of("status")),
                        tuple("LEAD_UPDATED", Set.of("temperature")));
        assertThat(timeline.get(0).getJsonObject("actor").getJsonNumber("id").longValue()).isEqualTo(agent.id());
    }

    @Test
    void dispositionLeavesWhatItIsNotToldAsItIs() {
        JsonObject lead = adminLeads().create(newLead().temperature("HOT"));

        JsonObject cooled = adminLeads().dispose(id(lead), version(lead), "COLD", null).expect(200).json();
        JsonObject contacted = adminLeads().dispose(id(lead), version(cooled), null, "CONTACTED").expect(200).json();

        assertThat(cooled.getString("status")).isEqualTo("NEW");
        assertThat(contacted.getString("temperature")).isEqualTo("COLD");
        assertThat(contacted.getString("status")).isEqualTo("CONTACTED");
        assertThat(adminLeads().timeline(id(lead))).extracting(activity -> activity.getString("action"))
                .containsExactly("STATUS_CHANGED", "LEAD_UPDATED", "LEAD_CREATED");
    }

    @Test
    void aDispositionTheStatusRulesRefuseChangesNothingNotEvenTheTemperature() {
        JsonObject lead = adminLeads().create(newLead().temperature("COLD"));

        Response refused = adminLeads().dispose(id(lead), version(lead), "HOT", "QUALIFIED");

        assertThatProblem(refused).hasStatus(422).hasType("rule-violation");
        JsonObject unchanged = adminLeads().get(id(lead));
        assertThat(unchanged.getString("status")).isEqualTo("NEW");
        assertThat(unchanged.getString("temperature")).isEqualTo("COLD");
        assertThat(version(unchanged)).isEqualTo(version(lead));
        assertThat(adminLeads().timeline(id(lead))).hasSize(1);
    }

    @Test
    void aDispositionOnAStaleVersionIsAConflictAndChangesNothing() {
        JsonObject lead = adminLeads().create();
        adminLeads().update(lead, json -> json.temperature("COLD"));

        Response late = adminLeads().dispose(id(lead), version(lead), "HOT", null);

        assertThatProblem(late).hasStatus(409).hasType("stale-version");
        assertThat(adminLeads().get(id(lead)).getString("temperature")).isEqualTo("COLD");
    }

    @Test
    void aDispositionNeedsTheVersionReadAndKnownValues() {
        JsonObject lead = adminLeads().create();

        Response blind = admin().post(Leads.path(lead) + "/disposition",
                Json.createObjectBuilder().add("temperature", "HOT").build());
        Response unknown = adminLeads().dispose(id(lead), version(lead), "LUKEWARM", null);

        assertThatProblem(blind).hasStatus(400).hasType("invalid-input").hasFieldError("version");
        assertThatProblem(unknown).hasStatus(400).hasType("invalid-input").hasFieldError("temperature");
        assertThat(version(adminLeads().get(id(lead)))).isEqualTo(version(lead));
    }

    @Test
    void anAgentCannotDisposeOfAnotherAgentsLead() {
        Account owner = Accounts.agent();
        JsonObject lead = adminLeads().create(newLead().assignedTo(owner.id()));

        Response foreign = Accounts.agent().leads().dispose(id(lead), version(lead), "HOT", null);

        assertThatProblem(foreign).hasStatus(404).hasType("not-found");
        assertThat(owner.leads().get(id(lead)).getString("temperature")).isEqualTo("WARM");
    }

    @Test
    void deletedLeadIsGoneAndItsEmailAndPhoneCanBeUsedAgain() {
        String email = Unique.email("gone");
        UsPhone phone = Unique.usPhone();
        JsonObject lead = adminLeads().create(newLead().email(email).phone(phone.national()));
        assertThat(adminLeads().list("q", email).expect(200).ids()).containsExactly(id(lead));

        Response deleted = admin().delete(Leads.path(lead));

        assertThat(deleted.status()).as(deleted.describe()).isEqualTo(204);
        assertThatProblem(admin().get(Leads.path(lead))).hasStatus(404).hasType("not-found");
        assertThatProblem(admin().delete(Leads.path(lead))).hasStatus(404).hasType("not-found");
        assertThat(adminLeads().list("q", lead.getString("lastName")).expect(200).total()).isZero();
        assertThat(adminLeads().list("q", email).expect(200).total()).isZero();
        JsonObject successor = adminLeads().create(newLead().email(email).phone(phone.dotted()));
        assertThat(id(successor)).isNotEqualTo(id(lead));
    }

    @ParameterizedTest
    @ValueSource(strings = {"email", "phone"})
    void adminIsToldWhichLeadAlreadyHasTheEmailOrPhone(String contact) {
        String email = Unique.email("taken");
        UsPhone phone = Unique.usPhone();
        JsonObject existing = adminLeads().create(newLead().email(email).phone(phone.national()));
        LeadJson duplicate = contact.equals("email")
                ? newLead().email(email.toUpperCase(Locale.ROOT))
                : newLead().phone(phone.dotted());

        Response response = admin().post(LEADS, duplicate.build());

        assertThatProblem(response).hasStatus(409).hasType("duplicate-lead");
        assertThat(response.json().getJsonNumber("existingLeadId").longValue()).isEqualTo(id(existing));
    }

    @Test
    void agentIsToldAContactIsTakenButNotWhoseLeadItIs() {
        Account owner = Accounts.agent();
        Account rival = Accounts.agent();
        String email = Unique.email("contested");
        JsonObject ownersLead = owner.leads().create(newLead().email(email));

        Response rivalsAttempt = rival.api().post(LEADS, newLead().email(email).build());
        Response ownersAttempt = owner.api().post(LEADS, newLead().email(email).build());

        assertThatProblem(rivalsAttempt).hasStatus(409).hasType("duplicate-lead").doesNotHaveMember("existingLeadId");
        assertThat(rivalsAttempt.body()).doesNotContainPattern("\\b" + id(ownersLead) + "\\b");
        assertThatProblem(ownersAttempt).hasStatus(409).hasType("duplicate-lead");
        assertThat(ownersAttempt.json().getJsonNumber("existingLeadId").longValue()).isEqualTo(id(ownersLead));
    }

    @Test
    void updateThatWouldDuplicateAnotherLeadsEmailIsAConflict() {
        JsonObject first = adminLeads().create();
        JsonObject second = adminLeads().create();

        Response response = adminLeads().put(second, json -> json.email(first.getString("email")));

        assertThatProblem(response).hasStatus(409).hasType("duplicate-lead");
        assertThat(response.json().getJsonNumber("existingLeadId").longValue()).isEqualTo(id(first));
        assertThat(adminLeads().get(id(second)).getString("email")).isEqualTo(second.getString("email"));
    }

    static List<Arguments> invalidLeads() {
        return List.of(
                invalid("firstName", lead -> lead.without("firstName")),
                invalid("firstName", lead -> lead.firstName("   ")),
                invalid("firstName", lead -> lead.firstName("x".repeat(81))),
                invalid("source", lead -> lead.without("source")),
                invalid("email", lead -> lead.email("maria.lopez@")),
                invalid("phones[0].number", lead -> lead.phone("12")),
                invalid("phones[1].number", lead -> lead.phones(Unique.usPhone().national(), "call me maybe")),
                invalid("phones", lead -> lead.phones(sixPhoneNumbers())),
                invalid("status", lead -> lead.status("SOLD")),
                invalid("temperature", lead -> lead.temperature("SCORCHING")),
                invalid("notes", lead -> lead.notes("x".repeat(10_001))));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("invalidLeads")
    void invalidLeadInputIsReportedByField(String field, UnaryOperator<LeadJson> spoil) {
        Response response = admin().post(LEADS, spoil.apply(newLead()).build());

        assertThatProblem(response).hasStatus(400).hasType("invalid-input").hasFieldError(field);
    }

    @Test
    void leadWithNeitherEmailNorPhoneIsRefused() {
        Response response = admin().post(LEADS, newLead().without("email").without("phones").build());

        assertThatProblem(response).hasStatus(400).hasType("invalid-input").hasFieldErrorsAmong("email", "phones");
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        Response response = admin().post(LEADS, newLead().email("maria.lopez@").phone("12").build());

        assertThatProblem(response).hasStatus(400).hasType("invalid-input")
                .hasFieldErrorsExactly("email", "phones[0].number");
    }

    @ParameterizedTest(name = "{index}: {0}")
    @ValueSource(strings = {
        "{'firstName': 'Maria',",
        "firstName=Maria&source=Zillow",
        "[]",
        "{'firstName': 'Maria', 'source': 'Zillow', 'phones': 'abc'}",
        "{'firstName': 'Maria', 'source': 'Zillow', 'phones': [42]}",
        "{'firstName': {'given': 'Maria'}, 'source': 'Zillow', 'email': 'maria@example.com'}",
        "{'firstName': 'Maria', 'source': 'Zillow', 'email': 'maria@example.com', 'assignedTo': 'seven'}"})
    void bodyThatIsNotJsonOrIsWronglyTypedIsAMalformedRequest(String body) {
        Response response = admin().send("POST", LEADS, Api.JSON, body.replace('\'', '"'));

        assertThatProblem(response).hasStatus(400).hasType("malformed-request");
    }

    @Test
    void emptyBodyIsABadRequestNotAServerError() {
        Response response = admin().send("POST", LEADS, Api.JSON, "");

        assertThatProblem(response).hasStatus(400).hasTypeIn("malformed-request", "invalid-input");
    }

    private static Arguments invalid(String field, UnaryOperator<LeadJson> spoil) {
        return Arguments.of(field, spoil);
    }

    private static String[] sixPhoneNumbers() {
        return IntStream.range(0, 6).mapToObj(i -> Unique.usPhone().national()).toArray(String[]::new);
    }

    /** {@code "NEW > CONTACTED > LOST"}: the statuses after NEW, the status every lead starts in. */
    private static String[] steps(String path) {
        String[] statuses = path.split("\\s*>\\s*");
        return Arrays.copyOfRange(statuses, 1, statuses.length);
    }

    private static long version(JsonObject lead) {
        return lead.getJsonNumber("version").longValue();
    }

    private static List<Tuple> phones(JsonObject lead) {
        return lead.getJsonArray("phones").getValuesAs(JsonObject.class).stream()
                .map(phone -> tuple(phone.getString("number"), phone.getString("type")))
                .toList();
    }
}
