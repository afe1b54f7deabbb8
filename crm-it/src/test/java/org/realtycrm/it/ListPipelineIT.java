package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.Campaigns;
import org.realtycrm.it.support.FakeTracerfy;
import org.realtycrm.it.support.Query;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.Routing;
import org.realtycrm.it.support.SftpDrop;
import org.realtycrm.it.support.Unique;

/**
 * The front of the lead pipeline through the API, against a real SFTP server and a fake of the skip-trace vendor's
 * documented API: criteria, mappings (with a preview), sources, and lists that arrive over SFTP or by upload, are
 * read through their mapping, filtered by the criteria, put into properties without duplicates, and skip traced
 * (paid once per owner), with their rejects, their restart after a failure, and who may do what.
 */
class ListPipelineIT extends CrmIT {

    private static final String PIPELINE = "/api/v1/pipeline";
    /** The brokerage's day (the server dates registry data in its time zone), less one: never "in the future". */
    private static final LocalDate YESTERDAY = LocalDate.now(ZoneId.of("America/New_York")).minusDays(1);
    private static final String HEADER = "Owner 1 First Name,Owner 1 Last Name,Mailing Address,Mailing City,"
            + "Mailing State,Mailing Zip,Address,City,State,Zip,APN,Est. Value,Est. Equity %,Vacant\n";

    private static SftpDrop sftp;
    private final Routing routing = Routing.as(admin());
    private static FakeTracerfy tracerfy;

    @BeforeAll
    static void startServers() {
        sftp = SftpDrop.start();
        tracerfy = FakeTracerfy.start(List.of("Nohit"));
    }

    @AfterAll
    static void stopServers() throws Exception {
        if (sftp != null) {
            sftp.close();
        }
        if (tracerfy != null) {
            tracerfy.close();
        }
    }

    @AfterEach
    void removeTheRules() {
        routing.deleteRulesMade();
    }

    @Test
    void aListDroppedOnSftpIsPickedUpFilteredTracedOnceAndItsPropertiesKeptWithoutDuplicates() {
        String street = Unique.name();
        long criteria = id(admin().post(PIPELINE + "/criteria", Json.createObjectBuilder()
                .add("name", "Absentee " + street).add("campaign", "Winter mailer")
                .add("filters", Json.createObjectBuilder().add("zips", Json.createArrayBuilder().add("02134")
                        .add("02135")).add("minEquityPercent", 30)).build()).expect(201));
        long mapping = id(admin().post(PIPELINE + "/mappings", Json.createObjectBuilder()
                .add("name", "PropStream " + street).add("style", "PROPSTREAM").build()).expect(201));
        JsonObject source = admin().post(PIPELINE + "/sources", sftpSource("Drop " + street, mapping, criteria,
                sftp.knownHosts()).add("exportTo", Json.createArrayBuilder().add("DIRECT_MAIL")).build()).expect(201)
                .json();
        assertThat(source.getJsonArray("exportTo").getString(0)).isEqualTo("DIRECT_MAIL");
        String folder = "incoming-" + street.toLowerCase();
        sftp.drop(folder, "list-1.csv", HEADER
                + "Jane,Doe,9 Oak Ave,Dallas,TX,75201,1 " + street + " Street,Boston,MA,2134,A-1,\"$350,000\",45%,Y\n"
                + ",Maple Holdings LLC,PO Box 5,Boston,MA,02134,2 " + street + " St,Boston,MA,02134,,400000,60,N\n"
                + ",Maple Holdings LLC,PO Box 5,Boston,MA,02134,8 " + street + " St,Boston,MA,02134,,500000,70,N\n"
                + "Pat,Nohit,3 " + street + " St,Boston,MA,02135,3 " + street + " St,Boston,MA,02135,,300000,80,\n"
                + "Far,Away,1 Elm St,Austin,TX,78701,4 " + street + " St,Austin,TX,78701,,300000,80,\n"
                + ",,,,,,5 " + street + " St,Boston,MA,02134,,1,1,\n"
                + "Low,Equity,9 Oak Ave,Dallas,TX,75201,6 " + street + " St,Boston,MA,02134,,300000,10,\n");

        List<JsonObject> received = admin().post(PIPELINE + "/sources/" + source.getInt("id") + "/poll",
                Json.createObjectBuilder().build()).expect(200).array();

        assertThat(received).hasSize(1);
        JsonObject pull = awaitFinished(received.get(0).getInt("id"));
        assertThat(pull.getString("status")).isEqualTo("DONE");
        assertThat(counts(pull, "rowsRead", "rowsKept", "rowsFiltered", "rowsRejected", "propertiesCreated",
                "ownersTraced", "ownersFound", "ownersCached", "traceCostCents"))
                .containsExactly(7L, 4L, 2L, 1L, 4L, 4L, 3L, 0L, 18L);
        assertThat(sftp.holds(folder, "list-1.csv")).as("picked up: gone from the drop folder").isFalse();
        assertThat(sftp.holds("done", "list-1.csv")).as("archived at the source").isTrue();
        assertThat(tracerfy.submitted()).hasSize(1);
        assertThat(tracerfy.submitted().get(0)).as("one request per owner: the company's two houses, one trace")
                .hasSize(3);

        List<JsonObject> owners = admin().get(PIPELINE + "/pulls/" + pull.getInt("id") + "/rows").expect(200).array();
        assertThat(owners).extracting(o -> o.getString("ownerName"))
                .containsExactly("Jane Doe", "Maple Holdings LLC", "Maple Holdings LLC", "Pat Nohit");
        assertThat(owners).extracting(o -> o.getString("traceStatus"))
                .containsExactly("FOUND", "FOUND", "FOUND", "NOT_FOUND");
        assertThat(owners.get(2).getJsonArray("phones")).isEqualTo(owners.get(1).getJsonArray("phones"));
        assertThat(owners.get(1).getBoolean("corporate")).isTrue();
        JsonObject janesMobile = owners.get(0).getJsonArray("phones").getJsonObject(0);
        assertThat(janesMobile.getString("number")).startsWith("+131924");
        assertThat(janesMobile.getString("lineType")).isEqualTo("MOBILE");
        assertThat(owners.get(0).getJsonArray("phones")).hasSize(2);
        assertThat(owners.get(0).getJsonArray("emails").getString(0)).endsWith("@example.com");
        String rejects = admin().get(PIPELINE + "/pulls/" + pull.getInt("id") + "/rejects", "text/csv").expect(200)
                .body();
        assertThat(rejects).isEqualTo("line,reason\r\n7,no owner name\r\n");

        // the owners became leads: the company's two houses one lead, Pat (nobody to reach) none; scored and linked
        assertThat(counts(pull, "leadsCreated", "leadsMerged", "rowsWithoutContact")).containsExactly(2L, 1L, 1L);
        assertThat(owners).extracting(o -> o.getString("leadOutcome"))
                .containsExactly("CREATED", "CREATED", "MERGED", "NO_CONTACT");
        assertThat(owners.get(2).getJsonNumber("leadId")).isEqualTo(owners.get(1).getJsonNumber("leadId"));
        assertThat(owners.get(3).isNull("leadId")).isTrue();
        long jane = owners.get(0).getJsonNumber("leadId").longValue();
        JsonObject janeLead = admin().get("/api/v1/leads/" + jane).expect(200).json();
        assertThat(janeLead.getString("source")).isEqualTo("List: Drop " + street);
        assertThat(janeLead.getString("email")).endsWith("@example.com");
        assertThat(janeLead.getJsonArray("phones")).hasSize(2);
        assertThat(janeLead.getString("temperature")).as("vacant 15 + absentee 10 + out of state 5: warm")
                .isEqualTo("WARM");
        assertThat(owners.get(0).getInt("score")).isEqualTo(30);
        assertThat(admin().get("/api/v1/leads/" + jane + "/properties").expect(200).array())
                .extracting(p -> p.getString("relation") + " " + p.getJsonNumber("propertyId"))
                .containsExactly("OWNER_OF " + owners.get(0).getJsonNumber("propertyId"));
        assertThat(admin().get("/api/v1/leads/" + jane + "/activities").expect(200).items().get(0)
                .getString("summary")).startsWith("Created from list list-1.csv, line 2")
                .contains("score 30 (warm): vacant: +15, absentee owner: +10, out-of-state owner: +5");
        List<JsonObject> companyTrail = admin().get("/api/v1/leads/" + owners.get(1).getJsonNumber("leadId")
                + "/activities").expect(200).items();
        assertThat(companyTrail.get(0).getString("summary")).contains("line 3 (also line 4)");
        assertThat(admin().get("/api/v1/leads/" + owners.get(1).getJsonNumber("leadId") + "/properties").expect(200)
                .array()).as("the company owns both houses").hasSize(2);
        // the run ended with the file its source asks for
        List<JsonObject> runFiles = admin().get(PIPELINE + "/pulls/" + pull.getInt("id") + "/exports").expect(200)
                .array();
        assertThat(runFiles).extracting(e -> e.getString("platform")).containsExactly("DIRECT_MAIL");
        assertThat(runFiles.get(0).isNull("createdBy")).as("written by the run of a list nobody uploaded").isTrue();
        assertThat(admin().get(PIPELINE + "/exports/" + runFiles.get(0).getInt("id") + "/file", "text/csv")
                .expect(200).body()).startsWith("Name,Address Line 1,Address Line 2,City,State,ZIP,Property Address")
                .contains("Maple Holdings LLC");
        // every phone the trace found was scrubbed; the report is the list's
        JsonObject scrub = admin().get(PIPELINE + "/dnc/scrubs/" + pull.getJsonNumber("scrubId")).expect(200).json();
        assertThat(scrub.getJsonNumber("rowsRead").longValue()).as("the rows with a phone").isEqualTo(3);
        assertThat(scrub.getString("name")).contains("list-1.csv");
        // the same run step by step, as the pull's steps: what each step took in and gave out
        List<JsonObject> steps = pull.getJsonArray("steps").getValuesAs(JsonObject.class);
        assertThat(steps).extracting(step -> step.getString("name") + " " + step.getString("state"))
                .containsExactly("parse DONE", "trace DONE", "scrub DONE", "import DONE", "export DONE");
        assertThat(counts(steps.get(0), "in", "out", "rejected")).containsExactly(7L, 4L, 1L);
        assertThat(steps.get(0).getJsonObject("details").getJsonNumber("leftOut").longValue()).isEqualTo(2);
        assertThat(counts(steps.get(1), "in", "out")).containsExactly(4L, 3L);
        assertThat(steps.get(1).getJsonObject("details").getJsonNumber("costCents").longValue()).isEqualTo(18);
        assertThat(counts(steps.get(2), "in", "out", "rejected", "suppressed")).containsExactly(
                scrub.getJsonNumber("callable").longValue() + scrub.getJsonNumber("suppressed").longValue()
                        + scrub.getJsonNumber("rejected").longValue(), scrub.getJsonNumber("callable").longValue(),
                scrub.getJsonNumber("rejected").longValue(), scrub.getJsonNumber("suppressed").longValue());
        assertThat(counts(steps.get(3), "in", "out")).as("4 owners: 2 new leads, 1 merged, 1 nobody to reach")
                .containsExactly(4L, 3L);
        assertThat(counts(steps.get(3).getJsonObject("details"), "leadsCreated", "leadsMerged", "withoutContact"))
                .containsExactly(2L, 1L, 1L);
        assertThat(counts(steps.get(4), "in", "out")).as("the direct-mail file").containsExactly(1L, 1L);
        assertThat(steps.get(1).isNull("rejected")).isTrue();
        assertThat(admin().get(PIPELINE + "/pulls").expect(200).array().get(0).isNull("steps"))
                .as("steps only on one list's own read").isTrue();

        // the platforms' files: a dialer never gets a number a Do-Not-Call list holds (Jane's mobile, from today)
        admin().upload("/api/v1/pipeline/dnc/loads?list=federal&kind=FULL&dataDate=" + YESTERDAY, "319.txt",
                "text/plain", () -> new ByteArrayInputStream("3192410000\n".getBytes(StandardCharsets.US_ASCII)))
                .expect(201);
        JsonObject dialer = admin().post(PIPELINE + "/pulls/" + pull.getInt("id") + "/exports?platform=DIALER",
                Json.createObjectBuilder().build()).expect(201).json();
        // three owners (the company's two houses are one person to a dialer): Jane's landline, the company's two
        // phones; Pat has none
        assertThat(counts(dialer, "owners", "rowsWritten", "ownersLeftOut", "phonesSuppressed"))
                .containsExactly(3L, 3L, 1L, 1L);
        String calls = admin().get(PIPELINE + "/exports/" + dialer.getInt("id") + "/file", "text/csv").expect(200)
                .body();
        assertThat(calls).startsWith("Phone,Line Type,First Name,Last Name,Owner,Property Address,City,State,ZIP\r\n")
                .doesNotContain("13192410000").contains("13192510000,LANDLINE,Jane,Doe");
        admin().post("/api/v1/pipeline/dnc/internal", Json.createObjectBuilder().add("phone", "+13192510000")
                .add("source", "Jane asked on the phone").build()).expect(201);
        assertThat(admin().get(PIPELINE + "/exports/" + dialer.getInt("id") + "/file", "text/csv").expect(200).body())
                .as("an opt-out after the file was written is left out of every later download")
                .doesNotContain("13192510000").contains("Maple Holdings LLC");
        JsonObject meta = admin().post(PIPELINE + "/pulls/" + pull.getInt("id") + "/exports?platform=META",
                Json.createObjectBuilder().build()).expect(201).json();
        assertThat(counts(meta, "owners", "rowsWritten", "ownersLeftOut")).containsExactly(3L, 2L, 1L);
        assertThat(admin().get(PIPELINE + "/exports/" + meta.getInt("id") + "/file", "text/csv").expect(200).body())
                .startsWith("email,phone,fn,ln,ct,st,zip,country\r\n").doesNotContain("example.com");
        assertThat(admin().get(PIPELINE + "/pulls/" + pull.getInt("id") + "/exports").expect(200).array())
                .extracting(e -> e.getString("platform")).containsExactly("META", "DIALER", "DIRECT_MAIL");
        assertThatProblem(admin().post(PIPELINE + "/pulls/" + pull.getInt("id") + "/exports?platform=FAX",
                Json.createObjectBuilder().build())).hasStatus(400).hasFieldError("platform");

        // the same owners and houses in another list: the houses are found again, the owners not paid for twice
        Response uploaded = admin().upload(PIPELINE + "/sources/" + source.getInt("id") + "/pulls", "list-2.csv",
                "text/csv", () -> new ByteArrayInputStream((HEADER
                        + "Jane,Doe,9 Oak Avenue,Dallas,TX,75201,1 " + street + " St.,Boston,MA,02134,,360000,46,Y\n"
                        + "Pat,Nohit,3 " + street + " St,Boston,MA,02135,3 " + street + " Street,Boston,MA,02135,,"
                        + "300000,80,\n"
                        + "New,Owner,7 Pine Rd,Boston,MA,02134,7 " + street + " St,Boston,MA,02134,,300000,50,\n")
                        .getBytes(StandardCharsets.UTF_8))).expect(201);
        JsonObject second = awaitFinished(uploaded.json().getInt("id"));

        assertThat(counts(second, "rowsKept", "propertiesCreated", "propertiesMatched", "ownersTraced", "ownersFound",
                "ownersCached", "traceCostCents")).containsExactly(3L, 1L, 2L, 3L, 2L, 2L, 9L);
        assertThat(counts(second, "leadsCreated", "leadsMerged", "rowsWithoutContact"))
                .as("Jane is a lead already (same email): merged, not a second lead").containsExactly(1L, 1L, 1L);
        assertThat(admin().get("/api/v1/leads/" + jane + "/activities").expect(200).items().get(0).getString("summary"))
                .startsWith("Merged from list list-2.csv, line 2 (same email)");

        // responses to the first list's mailing: Pat called from a number of his own, Jane wrote back
        String patsPhone = Unique.usPhone().e164();
        String stranger = Unique.usPhone().e164();
        JsonObject answered = admin().upload(PIPELINE + "/pulls/" + pull.getInt("id") + "/responses", "calls.csv",
                "text/csv", () -> new ByteArrayInputStream(("Line,Caller Phone,Email,Note\n"
                        + "5," + patsPhone + ",,wants an offer\n"
                        + "," + ",\"" + janeLead.getString("email") + "\",replied to the letter\n"
                        + "," + stranger + ",,wrong number\n"
                        + "99,,,\n").getBytes(StandardCharsets.UTF_8))).expect(200).json();
        assertThat(counts(answered, "matched", "owners", "newResponders", "leadsCreated", "leadsMerged"))
                .containsExactly(2L, 2L, 2L, 1L, 1L);
        assertThat(answered.getJsonArray("rejected").getValuesAs(JsonObject.class))
                .extracting(r -> r.getInt("line") + ": " + r.getString("reason"))
                .containsExactly("4: no owner of this list has " + stranger, "5: the list has no kept row at line 99");
        assertThat(admin().get("/api/v1/leads/" + jane).expect(200).json().getString("temperature"))
                .as("a response scores 50 more: hot").isEqualTo("HOT");
        JsonObject pat = admin().get(PIPELINE + "/pulls/" + pull.getInt("id") + "/rows?afterLine=4&limit=1")
                .expect(200).array().get(0);
        assertThat(pat.getString("leadOutcome")).isEqualTo("CREATED");
        JsonObject patLead = admin().get("/api/v1/leads/" + pat.getJsonNumber("leadId")).expect(200).json();
        assertThat(patLead.getJsonArray("phones").getJsonObject(0).getString("number")).isEqualTo(patsPhone);
        assertThat(patLead.getString("temperature")).isEqualTo("HOT");
        assertThat(admin().get(PIPELINE + "/pulls/" + pull.getInt("id")).expect(200).json().getInt("responses"))
                .isEqualTo(2);
        assertThat(tracerfy.submitted()).hasSize(2);
        assertThat(tracerfy.submitted().get(1)).as("only the new owner is bought").hasSize(1);
        List<JsonObject> again = admin().get(PIPELINE + "/pulls/" + second.getInt("id") + "/rows").expect(200).array();
        assertThat(again.get(0).getJsonNumber("propertyId").longValue())
                .isEqualTo(owners.get(0).getJsonNumber("propertyId").longValue());
        assertThat(again.get(1).getJsonNumber("propertyId").longValue())
                .isEqualTo(owners.get(3).getJsonNumber("propertyId").longValue());
        JsonObject house = admin().get("/api/v1/properties/" + owners.get(0).getJsonNumber("propertyId")).expect(200)
                .json();
        assertThat(house.getString("source")).isEqualTo("OFF_MLS");

        List<JsonObject> trail = admin().get("/api/v1/activities" + Query.of("subjectType", "LIST_PULL",
                "subjectId", pull.getInt("id"))).expect(200).items();
        assertThat(trail).extracting(a -> a.getString("action"))
                .containsExactlyInAnyOrder("LIST_RECEIVED", "LIST_RUN_FINISHED", "LIST_RESPONSES_RECORDED");
    }

    @Test
    void aSourceOfRespondersOnlyBringsInWhoRespondsAndNeverDuplicatesALeadAlreadyThere() {
        String name = Unique.name();
        String ruthsPhone = Unique.usPhone().e164();
        String samsPhone = Unique.usPhone().e164();
        long ruth = id(admin().post("/api/v1/leads", Json.createObjectBuilder().add("firstName", "Ruth")
                .add("lastName", "Known").add("source", "Open house").add("phones", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("number", ruthsPhone).add("type", "MOBILE"))).build())
                .expect(201));
        long mapping = id(admin().post(PIPELINE + "/mappings", Json.createObjectBuilder()
                .add("name", "Traced " + name).add("style", "PROPSTREAM").build()).expect(201));
        JsonObject source = admin().post(PIPELINE + "/sources", Json.createObjectBuilder().add("name", "Mailer " + name)
                .add("kind", "UPLOAD").add("mappingId", mapping).add("traceWith", "FILE")
                .add("leadImport", "RESPONDERS").build()).expect(201).json();
        assertThat(source.getString("leadImport")).isEqualTo("RESPONDERS");

        JsonObject pull = awaitFinished(admin().upload(PIPELINE + "/sources/" + source.getInt("id") + "/pulls",
                "mailer.csv", "text/csv", () -> new ByteArrayInputStream((HEADER.replace("\n", ",Phone 1\n")
                        + "Ruth,Known,1 Elm St,Waco,TX,76701,1 " + name + " St,Boston,MA,02134,,300000,70,Y,"
                        + ruthsPhone + "\n"
                        + "Sam,Quiet,2 Elm St,Waco,TX,76701,2 " + name + " St,Boston,MA,02134,,300000,10,N,"
                        + samsPhone + "\n").getBytes(StandardCharsets.UTF_8))).expect(201).json().getInt("id"));

        assertThat(pull.getString("status")).isEqualTo("DONE");
        assertThat(counts(pull, "rowsKept", "leadsCreated", "leadsMerged")).as("nobody has responded yet")
                .containsExactly(2L, 0L, 0L);
        // the list runs as a Meta audience with a campaign: its answers are the campaign's
        JsonObject audience = admin().post(PIPELINE + "/pulls/" + pull.getInt("id") + "/exports?platform=META",
                Json.createObjectBuilder().build()).expect(201).json();
        long campaign = id(admin().post(Campaigns.CAMPAIGNS, Campaigns.oneOff().build()).expect(201));
        admin().post(Campaigns.path(campaign) + "/audiences", Json.createObjectBuilder()
                .add("exportId", audience.getInt("id")).build()).expect(200);

        JsonObject answered = admin().upload(PIPELINE + "/pulls/" + pull.getInt("id") + "/responses", "r.csv",
                "text/csv", () -> new ByteArrayInputStream(("Phone\n" + ruthsPhone + "\n" + samsPhone + "\n")
                        .getBytes(StandardCharsets.UTF_8))).expect(200).json();

        assertThat(counts(answered, "matched", "leadsCreated", "leadsMerged")).as(answered.toString())
                .containsExactly(2L, 1L, 1L);
        List<JsonObject> rows = admin().get(PIPELINE + "/pulls/" + pull.getInt("id") + "/rows").expect(200).array();
        assertThat(rows.get(0).getJsonNumber("leadId").longValue()).as("Ruth is the lead she was").isEqualTo(ruth);
        assertThat(rows.get(0).getString("leadOutcome")).isEqualTo("MERGED");
        assertThat(rows.get(1).getString("leadOutcome")).isEqualTo("CREATED");
        JsonObject ruthNow = admin().get("/api/v1/leads/" + ruth).expect(200).json();
        assertThat(ruthNow.getString("firstName")).isEqualTo("Ruth");
        assertThat(ruthNow.getString("source")).as("where she first came from").isEqualTo("Open house");
        assertThat(ruthNow.getString("temperature")).as("responded 50, equity 70 % 20, vacant 15, absentee 10...")
                .isEqualTo("HOT");
        assertThat(admin().get("/api/v1/leads/" + ruth + "/properties").expect(200).array())
                .extracting(p -> p.getString("relation")).containsExactly("OWNER_OF");
        assertThat(admin().get("/api/v1/leads/" + ruth + "/activities").expect(200).items().get(0).getString("summary"))
                .startsWith("Merged from list mailer.csv, line 2 (same phone)");
        JsonObject sam = admin().get("/api/v1/leads/" + rows.get(1).getJsonNumber("leadId")).expect(200).json();
        assertThat(sam.getString("source")).isEqualTo("List: Mailer " + name);
        assertThat(sam.getString("temperature")).as("responded 50, absentee 10, out of state 5").isEqualTo("HOT");
        JsonObject report = admin().get(Campaigns.path(campaign) + "/report").expect(200).json();
        assertThat(counts(report.getJsonObject("totals"), "audienceResponses", "leadsCreated", "leads"))
                .as("both answered; Sam is new, Ruth was a lead before").containsExactly(2L, 1L, 1L);
        assertThat(report.getJsonArray("days").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("source") + " " + d.getInt("leadsCreated"))
                .containsExactly("List: Mailer " + name + " 1");

        assertThatProblem(admin().upload(PIPELINE + "/pulls/" + pull.getInt("id") + "/responses", "r.csv", "text/csv",
                () -> new ByteArrayInputStream("Name,Street\nA,B\n".getBytes(StandardCharsets.UTF_8))))
                .hasStatus(400).hasFieldError("file");
        assertThat(Accounts.agent().api().upload(PIPELINE + "/pulls/" + pull.getInt("id") + "/responses", "r.csv",
                "text/csv", () -> new ByteArrayInputStream("Phone\n".getBytes(StandardCharsets.UTF_8))).status())
                .isEqualTo(403);
    }

    @Test
    void aChunksNewLeadsAreStoredWholeAndItsMergesLeaveAnotherLeadsPhoneWithIt() {
        String name = Unique.name();
        String alsEmail = Unique.email("al");
        String alsPhone = Unique.usPhone().e164();
        String bensPhone = Unique.usPhone().e164();
        String alsNewPhone = Unique.usPhone().e164();
        List<String> norasPhones = List.of(Unique.usPhone().e164(), Unique.usPhone().e164(), Unique.usPhone().e164());
        String norasEmail = Unique.email("nora");
        long al = id(admin().post("/api/v1/leads", Json.createObjectBuilder().add("firstName", "Al")
                .add("lastName", "Known").add("source", "Referral").add("email", alsEmail)
                .add("phones", Json.createArrayBuilder().add(Json.createObjectBuilder().add("number", alsPhone)
                        .add("type", "MOBILE"))).build()).expect(201));
        long ben = id(admin().post("/api/v1/leads", Json.createObjectBuilder().add("firstName", "Ben")
                .add("lastName", "Known").add("source", "Referral").add("phones", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("number", bensPhone).add("type", "HOME"))).build())
                .expect(201));
        long mapping = id(admin().post(PIPELINE + "/mappings", Json.createObjectBuilder()
                .add("name", "Phones " + name).add("style", "PROPSTREAM").build()).expect(201));
        long source = id(admin().post(PIPELINE + "/sources", Json.createObjectBuilder().add("name", "Phones " + name)
                .add("kind", "UPLOAD").add("mappingId", mapping).add("traceWith", "FILE").build()).expect(201));
        String pond = "Owners " + name;
        long pondId = routing.createPond(pond, Accounts.agent().id()).getJsonNumber("id").longValue();
        routing.createRuleForTest(Routing.rule("Phones list " + name, "List: Phones " + name, "POND", pondId));

        JsonObject pull = awaitFinished(admin().upload(PIPELINE + "/sources/" + source + "/pulls", "phones.csv",
                "text/csv", () -> new ByteArrayInputStream((HEADER.replace("\n", ",Phone 1,Phone 2,Phone 3,Email\n")
                        + "Nora,New,1 Elm St,Waco,TX,76701,1 " + name + " St,Boston,MA,02134,,300000,50,N,"
                        + String.join(",", norasPhones) + "," + norasEmail + "\n"
                        + "Al,Known,2 Elm St,Waco,TX,76701,2 " + name + " St,Boston,MA,02134,,300000,50,N,"
                        + bensPhone + "," + alsNewPhone + ",," + alsEmail + "\n"
                        + "Ben,Known,3 Elm St,Waco,TX,76701,3 " + name + " St,Boston,MA,02134,,300000,50,N,"
                        + bensPhone + ",,,\n").getBytes(StandardCharsets.UTF_8))).expect(201).json().getInt("id"));

        assertThat(pull.getString("status")).as(pull.toString()).isEqualTo("DONE");
        assertThat(counts(pull, "leadsCreated", "leadsMerged", "rowsWithoutContact")).containsExactly(1L, 2L, 0L);
        List<JsonObject> rows = admin().get(PIPELINE + "/pulls/" + pull.getInt("id") + "/rows").expect(200).array();
        assertThat(rows).extracting(r -> r.getString("leadOutcome")).containsExactly("CREATED", "MERGED", "MERGED");
        assertThat(rows.get(1).getJsonNumber("leadId").longValue()).as("Al by his email").isEqualTo(al);
        assertThat(rows.get(2).getJsonNumber("leadId").longValue()).as("Ben by his phone").isEqualTo(ben);
        long nora = rows.get(0).getJsonNumber("leadId").longValue();
        JsonObject noraLead = admin().get("/api/v1/leads/" + nora).expect(200).json();
        assertThat(noraLead.getString("email")).isEqualToIgnoringCase(norasEmail);
        assertThat(noraLead.getJsonArray("phones").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("number")).containsExactlyElementsOf(norasPhones);
        assertThat(noraLead.getString("source")).isEqualTo("List: Phones " + name);
        for (String phone : norasPhones) {
            assertThat(admin().get("/api/v1/leads" + Query.of("q", phone)).expect(200).items())
                    .as("found by each of her numbers").extracting(l -> l.getJsonNumber("id").longValue())
                    .containsExactly(nora);
        }
        JsonObject created = admin().get("/api/v1/leads/" + nora + "/activities").expect(200).items().get(0);
        assertThat(created.getString("action")).isEqualTo("LEAD_CREATED");
        assertThat(created.getString("summary")).startsWith("Created from list phones.csv, line 2, put in pond " + pond
                + " by rule \u201cPhones list " + name + "\u201d");
        assertThat(noraLead.getJsonNumber("pondId").longValue()).as("placed by the rule for the list's source")
                .isEqualTo(pondId);
        assertThat(noraLead.isNull("assignedTo")).isTrue();
        assertThat(admin().get("/api/v1/leads/" + nora + "/properties").expect(200).array())
                .extracting(p -> p.getString("relation") + " " + p.getJsonNumber("propertyId"))
                .containsExactly("OWNER_OF " + rows.get(0).getJsonNumber("propertyId"));
        assertThat(admin().get("/api/v1/leads/" + al).expect(200).json().getJsonArray("phones")
                .getValuesAs(JsonObject.class)).as("Ben's number stays his").extracting(p -> p.getString("number"))
                .containsExactly(alsPhone, alsNewPhone);
        assertThat(admin().get("/api/v1/leads/" + al + "/activities").expect(200).items().get(0).getString("summary"))
                .startsWith("Merged from list phones.csv, line 3 (same email)");
        assertThat(admin().get("/api/v1/leads/" + ben + "/activities").expect(200).items().get(0).getString("summary"))
                .startsWith("Merged from list phones.csv, line 4 (same phone)");
        assertThat(admin().get("/api/v1/leads/" + ben + "/properties").expect(200).array()).hasSize(1);
    }

    @Test
    void aPreviewReadsAFilesFirstRowsThroughTheMappingAndStoresNothing() {
        long mapping = id(admin().post(PIPELINE + "/mappings", Json.createObjectBuilder()
                .add("name", "Preview " + Unique.name()).add("style", "PROPSTREAM").build()).expect(201));
        long criteria = id(admin().post(PIPELINE + "/criteria", Json.createObjectBuilder()
                .add("name", "Vacant " + Unique.name()).add("filters", Json.createObjectBuilder().add("vacant", true))
                .build()).expect(201));

        JsonObject preview = admin().upload(PIPELINE + "/mappings/" + mapping + "/preview?criteriaId=" + criteria,
                "p.csv", "text/csv", () -> new ByteArrayInputStream((HEADER.replace(",Vacant", ",Vacant,Phone 1")
                        + "Ann,Lee,,,,,8 Birch St,Salem,MA,01970,,250000,55,Y,(617) 555-0101\n"
                        + "Bo,Ray,,,,,9 Birch St,Salem,MA,01970,,250000,abc,N,\n")
                        .getBytes(StandardCharsets.UTF_8))).expect(200).json();

        assertThat(preview.getJsonArray("problems")).isEmpty();
        assertThat(preview.getJsonArray("unmapped").getString(0)).isEqualTo("Phone 1");
        assertThat(preview.getJsonObject("missing").keySet()).contains("propertyUnit", "propertyType");
        List<JsonObject> rows = preview.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows.get(0).getString("ownerName")).isEqualTo("Ann Lee");
        assertThat(rows.get(0).getBoolean("kept")).isTrue();
        assertThat(rows.get(1).getString("rejected")).isEqualTo("Equity % \"abc\" is not a number");

        JsonObject wrong = admin().upload(PIPELINE + "/mappings/" + mapping + "/preview", "p.csv", "text/csv",
                () -> new ByteArrayInputStream("Name,Street\nA,B\n".getBytes(StandardCharsets.UTF_8))).expect(200)
                .json();
        assertThat(wrong.getJsonArray("problems")).hasSize(2);
        assertThat(wrong.getJsonArray("rows")).isEmpty();
    }

    @Test
    void aRunStoppedByAMappingThatDoesNotFitRunsOnOnceTheMappingIsMended() {
        String name = Unique.name();
        JsonObject mapping = admin().post(PIPELINE + "/mappings", Json.createObjectBuilder().add("name", "Mend " + name)
                .add("style", "CUSTOM").add("columns", Json.createObjectBuilder().add("ownerName", "Owner")
                        .add("propertyStreet", "Site").add("propertyZip", "Zip")).build()).expect(201).json();
        long source = id(admin().post(PIPELINE + "/sources", Json.createObjectBuilder().add("name", "Upload " + name)
                .add("kind", "UPLOAD").add("mappingId", mapping.getInt("id")).build()).expect(201));

        JsonObject pull = awaitFinished(admin().upload(PIPELINE + "/sources/" + source + "/pulls", "l.csv",
                "text/csv", () -> new ByteArrayInputStream(("Owner Name,Site Address,Zip\nAl Roe,1 " + name
                        + " St,02134\nBo Roe,2 " + name + " St,02134\n").getBytes(StandardCharsets.UTF_8))).expect(201)
                .json().getInt("id"));

        assertThat(pull.getString("status")).isEqualTo("FAILED");
        assertThat(pull.getString("error")).contains("does not fit this file").contains("\"Owner\" not found");
        assertThat(pull.getBoolean("restartable")).isTrue();

        admin().put(PIPELINE + "/mappings/" + mapping.getInt("id"), Json.createObjectBuilder().add("name", "Mend " + name)
                .add("style", "CUSTOM").add("version", mapping.getInt("version")).add("columns", Json
                        .createObjectBuilder().add("ownerName", "Owner Name").add("propertyStreet", "Site Address")
                        .add("propertyZip", "Zip")).build()).expect(200);
        admin().post(PIPELINE + "/pulls/" + pull.getInt("id") + "/restart", Json.createObjectBuilder().build())
                .expect(200);
        JsonObject done = awaitFinished(pull.getInt("id"));

        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(counts(done, "rowsRead", "rowsKept", "ownersTraced", "ownersFound")).containsExactly(2L, 2L, 2L, 0L);
        assertThatProblem(admin().post(PIPELINE + "/pulls/" + pull.getInt("id") + "/restart",
                Json.createObjectBuilder().build())).hasStatus(409);
    }

    @Test
    void aSourceWhoseHostKeyIsNotTheKnownOneIsNotTrustedAndSaysWhy() {
        String name = Unique.name();
        long mapping = id(admin().post(PIPELINE + "/mappings", Json.createObjectBuilder().add("name", "Keys " + name)
                .add("style", "BATCHLEADS").build()).expect(201));
        JsonObject source = admin().post(PIPELINE + "/sources", sftpSource("Impostor " + name, mapping, null,
                sftp.anotherHostsKey()).build()).expect(201).json();

        assertThatProblem(admin().post(PIPELINE + "/sources/" + source.getInt("id") + "/poll",
                Json.createObjectBuilder().build())).hasStatus(422);
        assertThat(admin().get(PIPELINE + "/sources/" + source.getInt("id")).expect(200).json().getString("lastError"))
                .containsIgnoringCase("host key");
    }

    @Test
    void badSetupIsRefusedFieldByFieldAndWhatIsInUseCannotBeDeleted() {
        String name = Unique.name();
        assertThatProblem(admin().post(PIPELINE + "/criteria", Json.createObjectBuilder().add("name", name)
                .add("filters", Json.createObjectBuilder().add("zips", Json.createArrayBuilder().add("2134"))
                        .add("minValue", 5).add("maxValue", 1)).build())).hasStatus(400)
                .hasFieldErrorsExactly("zips", "maxValue");
        assertThatProblem(admin().post(PIPELINE + "/mappings", Json.createObjectBuilder().add("name", name)
                .add("style", "CUSTOM").add("columns", Json.createObjectBuilder().add("shoeSize", "Shoe")).build()))
                .hasStatus(400).hasFieldError("columns.shoeSize");
        JsonObject mapping = admin().post(PIPELINE + "/mappings", Json.createObjectBuilder().add("name", name)
                .add("style", "LISTSOURCE").build()).expect(201).json();
        assertThatProblem(admin().post(PIPELINE + "/mappings", Json.createObjectBuilder().add("name", name.toUpperCase())
                .add("style", "LISTSOURCE").build())).hasStatus(400).hasFieldError("name");
        assertThatProblem(admin().post(PIPELINE + "/sources", Json.createObjectBuilder().add("name", name)
                .add("kind", "SFTP").add("mappingId", mapping.getInt("id")).add("host", "sftp.example.com")
                .add("port", 22).add("username", "u").add("folder", "/in").add("knownHosts", "not a key")
                .add("afterPickup", "ARCHIVE").build())).hasStatus(400)
                .hasFieldErrorsExactly("knownHosts", "passwordRef", "archiveFolder");
        assertThatProblem(admin().post(PIPELINE + "/sources", Json.createObjectBuilder().add("name", name)
                .add("kind", "HTTPS").add("mappingId", mapping.getInt("id")).add("url", "http://lists.example.com/a.csv")
                .build())).hasStatus(400).hasFieldError("url");
        assertThatProblem(admin().post(PIPELINE + "/sources", Json.createObjectBuilder().add("name", name)
                .add("kind", "HTTPS").add("mappingId", mapping.getInt("id")).add("url", "https://lists.example.com/a")
                .add("headerName", "Authorization").add("headerRef", "crm.db.password").build())).hasStatus(400)
                .hasFieldErrorsExactly("headerRef");
        assertThatProblem(admin().post(PIPELINE + "/sources", Json.createObjectBuilder().add("name", name)
                .add("kind", "UPLOAD").add("mappingId", 987654321).build())).hasStatus(400).hasFieldError("mappingId");
        admin().post(PIPELINE + "/sources", Json.createObjectBuilder().add("name", name).add("kind", "HTTPS")
                .add("mappingId", mapping.getInt("id")).add("url", "https://lists.example.com/a.csv")
                .add("pollMinutes", 60).build()).expect(201);

        assertThatProblem(admin().delete(PIPELINE + "/mappings/" + mapping.getInt("id"))).hasStatus(409);
        assertThatProblem(admin().put(PIPELINE + "/mappings/" + mapping.getInt("id"), Json.createObjectBuilder()
                .add("name", name).add("style", "LISTSOURCE").add("version", mapping.getInt("version") + 5).build()))
                .hasStatus(409);
    }

    @Test
    void onlyAdministratorsSetUpAndRunThePipeline() {
        Api agent = Accounts.agent().api();
        assertThat(agent.get(PIPELINE + "/sources").status()).isEqualTo(403);
        assertThat(agent.get(PIPELINE + "/pulls").status()).isEqualTo(403);
        assertThat(agent.post(PIPELINE + "/criteria", Json.createObjectBuilder().add("name", "x").build()).status())
                .isEqualTo(403);
        assertThat(agent.upload(PIPELINE + "/sources/1/pulls", "l.csv", "text/csv",
                () -> new ByteArrayInputStream("a\n".getBytes(StandardCharsets.UTF_8))).status()).isEqualTo(403);
        assertThat(agent.get(PIPELINE + "/mapping-styles").status()).isEqualTo(403);
        assertThat(agent.post(PIPELINE + "/pulls/1/exports?platform=META", Json.createObjectBuilder().build())
                .status()).isEqualTo(403);
        assertThat(agent.get(PIPELINE + "/exports/1/file", "text/csv").status()).isEqualTo(403);
        assertThat(anonymous().get(PIPELINE + "/mappings").status()).isEqualTo(401);
    }

    private static JsonObjectBuilder sftpSource(String name, long mapping, Long criteria, String knownHosts) {
        JsonObjectBuilder source = Json.createObjectBuilder().add("name", name).add("kind", "SFTP")
                .add("mappingId", mapping).add("host", "127.0.0.1").add("port", sftp.port())
                .add("username", SftpDrop.USER).add("passwordRef", SftpDrop.PASSWORD_REF)
                .add("folder", "incoming-" + name.substring(name.indexOf(' ') + 1).toLowerCase())
                .add("fileGlob", "*.csv").add("knownHosts", knownHosts).add("afterPickup", "ARCHIVE")
                .add("archiveFolder", "done").add("traceWith", "VENDOR");
        if (criteria != null) {
            source.add("criteria" + "Id", criteria);
        }
        return source;
    }

    private static JsonObject awaitFinished(long pullId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            JsonObject pull = admin().get(PIPELINE + "/pulls/" + pullId).expect(200).json();
            String status = pull.getString("status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return pull;
            }
            assertThat(System.nanoTime()).as("list " + pullId + " still " + status).isLessThan(deadline);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<Long> counts(JsonObject pull, String... names) {
        return java.util.Arrays.stream(names).map(name -> pull.getJsonNumber(name).longValue()).toList();
    }

    private static long id(Response created) {
        return created.json().getJsonNumber("id").longValue();
    }
}
