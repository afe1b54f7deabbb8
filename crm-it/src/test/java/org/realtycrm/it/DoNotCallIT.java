package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.MetricsText;
import org.realtycrm.it.support.Query;
import org.realtycrm.it.support.Response;

/**
 * The Do-Not-Call registry through the API: the National Registry's downloads (full and change lists, zipped),
 * state and litigator lists, the company's own list, checking a number, scrubbing a list with its report, and who
 * may do what. The lists are shared by the whole build, so every test works in area codes no other test uses.
 */
class DoNotCallIT extends CrmIT {

    private static final String DNC = "/api/v1/pipeline/dnc";
    /** The brokerage's day (the server dates registry data in its time zone), less one: never "in the future". */
    private static final LocalDate YESTERDAY = LocalDate.now(ZoneId.of("America/New_York")).minusDays(1);

    @Test
    void aZippedRegistryDownloadIsLoadedAndItsChangeListsAddAndRemoveNumbers() {
        byte[] zip = zip(Map.of("205.txt", "2052340001\n2052340002\n2052340003\n",
                "206.txt", "206,2340001\n206,2340002\nnot a number\n"));

        JsonObject full = load("federal", "FULL", YESTERDAY.minusDays(3), "dnc-full.zip", "application/zip", zip)
                .expect(201).json();

        assertThat(full.getInt("areaCodes")).isEqualTo(2);
        assertThat(full.getJsonNumber("numbersAdded").longValue()).isEqualTo(5);
        assertThat(full.getJsonNumber("linesRejected").longValue()).isEqualTo(1);
        assertThat(full.getJsonArray("rejects").getString(0)).isEqualTo("206.txt line 3: holds no 10-digit phone number");
        assertThat(check(admin(), "(205) 234-0002").getBoolean("callable")).isFalse();
        assertThat(reasons(check(admin(), "(205) 234-0002"))).containsExactly("FEDERAL_DNC");
        assertThat(check(admin(), "(205) 234-0002").getJsonArray("reasons").getJsonObject(0).getString("listVersion"))
                .isEqualTo("federal of " + YESTERDAY.minusDays(3) + " (load " + full.getInt("id") + ")");
        assertThat(check(admin(), "206-234-0009").getBoolean("callable")).isTrue();

        JsonObject changes = load("federal", "ADDITIONS", YESTERDAY, "changes.txt", "text/plain",
                "2062340009,A\n2052340001,D\n2072340001,A\n".getBytes(StandardCharsets.US_ASCII)).expect(201).json();

        assertThat(changes.getJsonNumber("numbersAdded").longValue()).isEqualTo(1);
        assertThat(changes.getJsonNumber("numbersDeleted").longValue()).isEqualTo(1);
        assertThat(changes.getJsonArray("rejects").getString(0)).startsWith("area code 207: not loaded yet");
        assertThat(check(admin(), "206-234-0009").getBoolean("callable")).isFalse();
        assertThat(check(admin(), "205-234-0001").getBoolean("callable")).isTrue();
        assertThat(reasons(check(admin(), "207-234-0001"))).containsExactly("FEDERAL_NOT_LOADED");
        JsonObject status = admin().get(DNC).expect(200).json();
        JsonObject area205 = status.getJsonArray("federalAreaCodes").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getInt("areaCode") == 205).findFirst().orElseThrow();
        assertThat(area205.getString("dataDate")).isEqualTo(YESTERDAY.toString()); // changed by the change list
        assertThat(area205.getJsonNumber("numbers").longValue()).isEqualTo(2);

        assertThatProblem(load("federal", "FULL", YESTERDAY.minusDays(10), "old.txt", "text/plain",
                "2052340001\n".getBytes(StandardCharsets.US_ASCII))).hasStatus(400).hasFieldError("dataDate");
        assertThatProblem(load("federal", "FULL", YESTERDAY.plusDays(3), "future.txt", "text/plain",
                "2052340001\n".getBytes(StandardCharsets.US_ASCII))).hasStatus(400).hasFieldError("dataDate");
        assertThatProblem(load("federal", "FULL", YESTERDAY, "empty.txt", "text/plain",
                "nothing here\nat all\n".getBytes(StandardCharsets.US_ASCII))).hasStatus(400).hasFieldError("file");
        assertThatProblem(load("county:XY", "FULL", YESTERDAY, "x.txt", "text/plain",
                "2052340001\n".getBytes(StandardCharsets.US_ASCII))).hasStatus(400).hasFieldError("list");
        List<JsonObject> trail = admin().get("/api/v1/activities" + Query.of("subjectType", "DNC_LOAD",
                "subjectId", full.getInt("id"))).expect(200).items();
        assertThat(trail).extracting(a -> a.getString("action")).containsExactly("DNC_LIST_LOADED");
    }

    @Test
    void aChangeListCannotPassForAFullListAndDatesOnlyTheAreaCodesItCovers() {
        load("federal", "FULL", YESTERDAY.minusDays(20), "216.zip", "application/zip",
                zip(Map.of("216.txt", "2162340001\n2162340002\n", "214.txt", "2142340001\n"))).expect(201);

        // the monthly change list loaded as FULL would replace 216 by its one addition: refused
        assertThatProblem(load("federal", "FULL", YESTERDAY, "changes.txt", "text/plain",
                "2162340003,A\n2162340001,D\n".getBytes(StandardCharsets.US_ASCII))).hasStatus(400)
                .hasFieldError("kind");
        // a number deleted and added again in one change list stays listed (the safe way to be wrong). Dated
        // yesterday: a change list may not be older than the newest federal data of any area code, and other classes
        // of the build load theirs dated yesterday (CallingHours), before or after this one
        load("federal", "ADDITIONS", YESTERDAY, "changes.txt", "text/plain",
                "2162340002,D\n2162340002,A\n2162340003,A\n".getBytes(StandardCharsets.US_ASCII)).expect(201);
        assertThat(reasons(check(admin(), "216-234-0002"))).containsExactly("FEDERAL_DNC");
        assertThat(dataDate(216)).isEqualTo(YESTERDAY.toString());
        assertThat(dataDate(214)).as("not in the change list, not named").isEqualTo(YESTERDAY.minusDays(20).toString());

        // a month without changes to 214: the change list names the area codes it covers, and dates them
        load(admin(), "federal", "DELETIONS", YESTERDAY, "changes.txt", "text/plain",
                "2162340003\n".getBytes(StandardCharsets.US_ASCII), "216, 214").expect(201);
        assertThat(dataDate(214)).isEqualTo(YESTERDAY.toString());
        assertThat(check(admin(), "216-234-0003").getBoolean("callable")).isTrue();
        assertThatProblem(load(admin(), "federal", "ADDITIONS", YESTERDAY, "changes.txt", "text/plain",
                "2162340004\n".getBytes(StandardCharsets.US_ASCII), "216, 215")).hasStatus(400)
                .hasFieldError("areaCodes");
    }

    @Test
    void aScrubSuppressesEveryListedNumberWithItsReasonAndListVersionAndReportsTheCounts() {
        load("federal", "FULL", YESTERDAY, "301.txt", "text/plain",
                "3012340001\n3012340002\n".getBytes(StandardCharsets.US_ASCII)).expect(201);
        long litigatorLoad = load("litigator", "FULL", YESTERDAY, "litigators.csv", "text/csv",
                "phone\n+1 301 234 0003\n".getBytes(StandardCharsets.UTF_8)).expect(201).json().getInt("id");
        load("state:TX", "FULL", YESTERDAY, "tx.txt", "text/plain",
                "3012340004\n".getBytes(StandardCharsets.US_ASCII)).expect(201);
        Account agent = Accounts.agent();
        JsonObject optOut = agent.api().post(DNC + "/internal", Json.createObjectBuilder()
                .add("phone", "301.234.0005").add("source", "Asked on a call not to be called again").build())
                .expect(201).json();
        assertThat(optOut.getString("phone")).isEqualTo("+13012340005");

        String csv = """
                Owner,Phone 1,Phone 2,Mailing City
                Ann,(301) 234-0001,301-234-0009,Bethesda
                Bob,301 234 0003,,Rockville
                Cy,3012340004,3012340005,Silver Spring
                Di,12,(302) 234-0001,Dover
                Ed,,,Nowhere
                """;
        Response scrubbed = admin().upload(DNC + "/scrubs?name=Montgomery%20absentee", "list.csv", "text/csv",
                () -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))).expect(201);

        JsonObject report = scrubbed.json();
        assertThat(report.getString("name")).isEqualTo("Montgomery absentee");
        assertThat(report.getJsonNumber("rowsRead").longValue()).isEqualTo(5);
        assertThat(report.getJsonNumber("callable").longValue()).isEqualTo(1);   // 301-234-0009
        assertThat(report.getJsonNumber("suppressed").longValue()).isEqualTo(5);
        assertThat(report.getJsonNumber("rejected").longValue()).isEqualTo(1);   // "12"
        JsonObject reasons = report.getJsonObject("reasons");
        assertThat(reasons.getInt("FEDERAL_DNC")).isEqualTo(1);
        assertThat(reasons.getInt("LITIGATOR")).isEqualTo(1);
        assertThat(reasons.getInt("STATE_DNC")).isEqualTo(1);
        assertThat(reasons.getInt("INTERNAL_DNC")).isEqualTo(1);
        assertThat(reasons.getInt("FEDERAL_NOT_LOADED")).isEqualTo(1);            // 302 was never loaded
        assertThat(reasons.getInt("INVALID_NUMBER")).isEqualTo(1);
        assertThat(report.getJsonObject("lists").getString("litigator"))
                .isEqualTo("litigator of " + YESTERDAY + " (load " + litigatorLoad + ")");
        assertThat(report.getJsonObject("lists").getString("federal 302")).isEqualTo("not loaded");
        assertThat(admin().get(scrubbed.header("Location").replaceFirst("^https?://[^/]+", "")).expect(200).json())
                .isEqualTo(report);

        Response suppressions = admin().get(DNC + "/scrubs/" + report.getInt("id") + "/suppressions", "text/csv")
                .expect(200);
        assertThat(suppressions.contentType()).startsWith("text/csv");
        // a leading + is neutralised as in every CSV the product writes: a spreadsheet must not read a formula
        assertThat(suppressions.body().lines()).contains(
                "line,phone,reason,list_version",
                "2,'+13012340001,FEDERAL_DNC,federal of " + YESTERDAY + " (load " + federalLoadOf(301) + ")",
                "3,'+13012340003,LITIGATOR,litigator of " + YESTERDAY + " (load " + litigatorLoad + ")",
                "4,'+13012340005,INTERNAL_DNC,internal entry " + optOut.getInt("id"),
                "5,12,INVALID_NUMBER,not a valid phone number",
                "5,'+13022340001,FEDERAL_NOT_LOADED,federal: area code 302 not loaded");
        assertThat(reasons(check(agent.api(), "301-234-0005"))).containsExactly("INTERNAL_DNC");
    }

    @Test
    void registryDataOlderThan31DaysStopsAScrubAndEveryCallToItsAreaCode() {
        load("federal", "FULL", YESTERDAY.minusDays(31), "208.txt", "text/plain",
                "2082340001\n".getBytes(StandardCharsets.US_ASCII)).expect(201);

        Response refused = admin().upload(DNC + "/scrubs", "list.csv", "text/csv",
                () -> new ByteArrayInputStream("phone\n208-234-0002\n".getBytes(StandardCharsets.UTF_8)));

        assertThatProblem(refused).hasStatus(422);
        assertThat(refused.json().getString("detail")).contains("area code 208").contains("older than 31 days");
        assertThat(reasons(check(admin(), "208-234-0002"))).containsExactly("FEDERAL_OUTDATED");
        JsonObject federal = admin().get(DNC).expect(200).json().getJsonArray("lists").getValuesAs(JsonObject.class)
                .stream().filter(l -> l.getString("list").equals("federal")).findFirst().orElseThrow();
        assertThat(federal.getBoolean("outdated")).isTrue();
        // what the alert CrmDncRegistryOutdated reads: the oldest Registry data, in whole days as seconds
        OptionalDouble age = MetricsText.scrape().value("crm_dnc_federal_age_seconds", "mp_scope=\"application\"");
        assertThat(age).isPresent();
        assertThat(age.getAsDouble()).isGreaterThanOrEqualTo(32 * 86_400);
    }

    @Test
    void agentsRecordOptOutsAndCheckNumbersButOnlyAdminsLoadListsScrubAndReadTheLists() {
        Account agent = Accounts.agent();

        assertThat(load(agent.api(), "federal", "FULL", YESTERDAY, "x.txt", "text/plain",
                "2092340001\n".getBytes(StandardCharsets.US_ASCII)).status()).isEqualTo(403);
        assertThat(agent.api().upload(DNC + "/scrubs", "l.csv", "text/csv",
                () -> new ByteArrayInputStream("phone\n2092340001\n".getBytes(StandardCharsets.UTF_8))).status())
                .isEqualTo(403);
        assertThat(agent.api().get(DNC).status()).isEqualTo(403);
        assertThat(agent.api().get(DNC + "/internal").status()).isEqualTo(403);
        assertThat(anonymous().get(DNC + "/check?phone=2092340001").status()).isEqualTo(401);
        assertThat(Accounts.client().api().get(DNC + "/check?phone=2092340001").status()).isEqualTo(403);
        assertThat(check(agent.api(), "209-234-0001").getBoolean("callable")).isFalse();
        assertThatProblem(agent.api().post(DNC + "/internal", Json.createObjectBuilder().add("phone", "12")
                .add("source", "call").build())).hasStatus(400).hasFieldError("phone");
        assertThatProblem(agent.api().post(DNC + "/internal", Json.createObjectBuilder().add("phone", "2092340007")
                .add("source", " ").build())).hasStatus(400).hasFieldError("source");

        agent.api().post(DNC + "/internal", Json.createObjectBuilder().add("phone", "2092340007")
                .add("source", "Texted STOP to the office line").build()).expect(201);

        JsonObject newest = admin().get(DNC + "/internal").expect(200).items().get(0);
        assertThat(newest.getString("phone")).isEqualTo("+12092340007");
        assertThat(newest.getString("source")).isEqualTo("Texted STOP to the office line");
        assertThat(newest.getJsonNumber("addedBy").longValue()).isEqualTo(agent.id());
    }

    private static long federalLoadOf(int areaCode) {
        return admin().get(DNC).expect(200).json().getJsonArray("federalAreaCodes").getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getInt("areaCode") == areaCode).findFirst().orElseThrow()
                .getJsonNumber("loadId").longValue();
    }

    private static Response load(String list, String kind, LocalDate dataDate, String fileName, String type,
            byte[] content) {
        return load(admin(), list, kind, dataDate, fileName, type, content);
    }

    private static Response load(Api api, String list, String kind, LocalDate dataDate, String fileName, String type,
            byte[] content) {
        return api.upload(DNC + "/loads" + Query.of("list", list, "kind", kind, "dataDate", dataDate), fileName, type,
                () -> new ByteArrayInputStream(content));
    }

    private static Response load(Api api, String list, String kind, LocalDate dataDate, String fileName, String type,
            byte[] content, String areaCodes) {
        return api.upload(DNC + "/loads" + Query.of("list", list, "kind", kind, "dataDate", dataDate, "areaCodes",
                areaCodes), fileName, type, () -> new ByteArrayInputStream(content));
    }

    private static String dataDate(int areaCode) {
        return admin().get(DNC).expect(200).json().getJsonArray("federalAreaCodes").getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getInt("areaCode") == areaCode).findFirst().orElseThrow()
                .getString("dataDate");
    }

    private static JsonObject check(Api api, String phone) {
        return api.get(DNC + "/check" + Query.of("phone", phone)).expect(200).json();
    }

    private static List<String> reasons(JsonObject verdict) {
        return verdict.getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("reason")).toList();
    }

    private static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : new java.util.TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
