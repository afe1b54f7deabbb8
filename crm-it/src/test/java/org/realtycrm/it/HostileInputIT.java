package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.Leads.LEADS;
import static org.realtycrm.it.support.Leads.id;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.Imports;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Response;

/**
 * What an attacker or a careless client sends: every request here gets a 4xx problem that names what is wrong in
 * plain words, never a 500, never a silently changed meaning, and no CSV the product writes can run a formula.
 */
class HostileInputIT extends CrmIT {

    private static final String BULK_STATUS = LEADS + "/bulk/status";
    private static final String BULK_ASSIGN = LEADS + "/bulk/assignment";

    @Test
    void aNulCharacterInTheSearchIsAFieldErrorEscapedOrRaw() throws IOException {
        assertThatProblem(admin().get(LEADS + "?q=ma%00ria")).hasStatus(400).hasType("invalid-input")
                .hasFieldErrorsExactly("q");
        String raw = rawGet(LEADS + "?q=ma\0ria", admin().token());
        assertThat(raw).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("\"field\":\"q\"", "NUL character");
    }

    @ParameterizedTest(name = "{index}: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{'firstName': 'A', 'source': 'Web', 'phones': [null]}                      | phones[0]",
        "{'firstName': 42, 'source': 'Web'}                                         | firstName",
        "{'firstName': 'A', 'source': true}                                         | source",
        "{'firstName': 'A', 'source': 'Web', 'notes': 7}                            | notes",
        "{'firstName': 'A', 'source': 'Web', 'temperature': ['HOT']}                | temperature",
        "{'firstName': 'A', 'source': 'Web', 'assignedTo': 1.5}                     | assignedTo",
        "{'firstName': 'A\\u0000B', 'source': 'Web'}                                | firstName"})
    void aValueOfTheWrongJsonTypeIsRefusedNotCoerced(String body, String field) {
        long before = adminLeads().list("size", 1).expect(200).total();

        Response response = admin().send("POST", LEADS, Api.JSON, body.replace('\'', '"'));

        assertThatProblem(response).hasStatus(400).hasType("malformed-request").hasFieldErrorsExactly(field);
        assertThat(response.body()).doesNotContain("java.", "START_", "class ");
        assertThat(adminLeads().list("size", 1).expect(200).total()).isEqualTo(before);
    }

    @Test
    void anEmptyStatusIsRefusedOnCreateAndInABulkChange() {
        JsonObject lead = adminLeads().create(newLead());

        assertThatProblem(admin().send("POST", LEADS, Api.JSON, newLead().build().toString()
                .replaceFirst("\\{", "{\"status\":\"\",")))
                .hasStatus(400).hasType("invalid-input").hasFieldErrorsExactly("status");
        assertThatProblem(admin().send("POST", BULK_STATUS, Api.JSON,
                "{\"ids\": [" + id(lead) + "], \"status\": \"\"}"))
                .hasStatus(400).hasType("invalid-input").hasFieldErrorsExactly("status");
        assertThat(adminLeads().get(id(lead)).getString("status")).isEqualTo("NEW");
    }

    @Test
    void aFractionalIdActsOnNothing() {
        JsonObject lead = adminLeads().create(newLead());
        long id = id(lead);

        assertThatProblem(admin().send("POST", BULK_STATUS, Api.JSON,
                "{\"ids\": [" + id + ".5], \"status\": \"CONTACTED\"}"))
                .hasStatus(400).hasType("malformed-request").hasFieldErrorsExactly("ids[0]");
        assertThatProblem(admin().send("POST", BULK_ASSIGN, Api.JSON,
                "{\"ids\": [" + id + "], \"agentId\": 1.5}"))
                .hasStatus(400).hasType("malformed-request").hasFieldErrorsExactly("agentId");
        assertThatProblem(admin().send("POST", BULK_ASSIGN, Api.JSON,
                "{\"ids\": [[" + id + "]], \"agentId\": 1}"))
                .hasStatus(400).hasType("malformed-request").hasFieldErrorsExactly("ids[0]");
        JsonObject after = adminLeads().get(id);
        assertThat(after.getString("status")).isEqualTo("NEW");
        assertThat(after.getInt("version")).isEqualTo(lead.getInt("version"));
    }

    @Test
    void aBrokenPercentEscapeIsReadAsTheLiteralTextNotAServerError() throws IOException {
        // written to the socket: Java's own URI refuses to send such a request
        assertThat(rawGet("/api/v1/version?x=%", null)).startsWith("HTTP/1.1 200");
        JsonObject lead = adminLeads().create(newLead().firstName("Pct%zzName"));
        String found = rawGet(LEADS + "?q=Pct%zz", admin().token());
        assertThat(found).startsWith("HTTP/1.1 200").contains("\"id\":" + id(lead));
    }

    @Test
    void whatTheJsonParserItselfRefusesIsAProblemNotAServerError() {
        String deep = "{\"email\": \"a@example.com\", \"x\": " + "[".repeat(3000) + "]".repeat(3000) + "}";
        String longNumber = "{\"email\": \"a@example.com\", \"password\": 1" + "0".repeat(3000) + "}";

        assertThatProblem(anonymous().send("POST", "/api/v1/auth/token", Api.JSON, deep)).hasStatus(400)
                .hasType("malformed-request");
        assertThatProblem(anonymous().send("POST", "/api/v1/auth/token", Api.JSON, longNumber)).hasStatus(400)
                .hasType("malformed-request");
        assertThatProblem(admin().send("POST", BULK_STATUS, Api.JSON, "{\"ids\": [1e9999999999], \"status\": \"NEW\"}"))
                .hasStatus(400).hasType("malformed-request");
    }

    @Test
    void otherRequestBodiesAreReadAsStrictly() {
        assertThatProblem(anonymous().send("POST", "/api/v1/auth/token", Api.JSON,
                "{\"email\": [\"a@example.com\"], \"password\": \"x\"}"))
                .hasStatus(400).hasType("malformed-request").hasFieldErrorsExactly("email");
        assertThatProblem(admin().send("PATCH", "/api/v1/users/" + Accounts.adminId(), Api.JSON, "{\"active\": \"true\"}"))
                .hasStatus(400).hasType("malformed-request").hasFieldErrorsExactly("active");
        JsonObject lead = adminLeads().create(newLead());
        assertThatProblem(admin().send("POST", Leads.path(lead) + "/notes", Api.JSON, "{\"text\": 42}"))
                .hasStatus(400).hasType("malformed-request").hasFieldErrorsExactly("text");
        assertThatProblem(admin().send("POST", LEADS, Api.JSON, newLead().build().toString()
                .replaceFirst("\\{", "{\"nextFollowUpAt\": \"+300000-01-01T00:00:00Z\",")))
                .hasStatus(400).hasType("malformed-request").hasFieldErrorsExactly("nextFollowUpAt");
    }

    @Test
    void trailingGarbageAfterTheBodyIsRefused() {
        Response response = admin().send("POST", LEADS, Api.JSON, newLead().build() + " {\"firstName\": \"Eve\"}");

        assertThatProblem(response).hasStatus(400).hasType("malformed-request").hasFieldErrorsExactly("body");
        assertThat(response.json().getString("detail")).contains("has more after the JSON value");
    }

    @Test
    void aBodyDeclaredInACharsetWeDoNotDecodeIsRefused() {
        Response response = admin().send("POST", LEADS, "application/json; charset=UTF-16",
                newLead().build().toString());

        assertThatProblem(response).hasStatus(415).hasType("unsupported-content");
        assertThat(response.json().getString("detail")).contains("UTF-8", "UTF-16");
    }

    @Test
    void brokenJsonSaysWhereWithoutTheParsersInternals() {
        Response response = admin().send("POST", LEADS, Api.JSON, "{\"firstName\": \"Maria\",\n \"source\": [}");

        assertThatProblem(response).hasStatus(400).hasType("malformed-request").hasFieldErrorsExactly("body");
        assertThat(response.json().getString("detail")).startsWith("body: is not valid JSON (line 2");
        assertThat(response.body()).doesNotContain("java.", "START_", "END_", "Token", "Exception");
    }

    @Test
    void anOverlongQueryIsAProblemUpToTheServersOwnLimit() throws IOException {
        assertThatProblem(admin().get(LEADS + "?q=" + "x".repeat(5_000))).hasStatus(414).hasType("uri-too-long");
        // past the server's 8 KB request-head buffer, the server refuses before the application runs: a 4xx, no 500
        String raw = rawGet(LEADS + "?q=" + "x".repeat(1_000_000), admin().token());
        assertThat(raw).matches(Pattern.compile("^HTTP/1\\.1 4\\d\\d .*", Pattern.DOTALL));
    }

    @Test
    void aBinaryUploadIsUnsupportedContentAsTheGuideSays() {
        byte[] controlCharacters = new byte[4096];
        Random random = new Random(7);
        for (int i = 0; i < controlCharacters.length; i++) {
            controlCharacters[i] = (byte) (1 + random.nextInt(126)); // no NUL, every byte valid UTF-8
        }

        assertThatProblem(Imports.upload(admin(), "data.bin", "application/octet-stream",
                () -> new ByteArrayInputStream(controlCharacters))).hasStatus(415).hasType("unsupported-content");
    }

    @Test
    void theRejectsReportNeverHandsASpreadsheetAFormula() throws IOException {
        String csv = "first name,email,phone\n"
                + "=1+1,,\n"
                + "-2+3,-2+3@,\n"
                + "@SUM(A1:A9),x@,\n"
                + "+cmd,\"=HYPERLINK(\"\"http://evil.example\"\")\",\n";
        JsonObject accepted = Imports.upload(admin(), "formulas.csv", csv).expect(202).json();
        JsonObject done = Imports.awaitFinished(admin(), Leads.id(accepted), Duration.ofMinutes(1));
        assertThat(done.getJsonNumber("rejected").longValue()).as(done.toString()).isEqualTo(4);

        String report = admin().get(Imports.path(Leads.id(done)) + "/rejects", "text/csv").expect(200).body();

        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(report)).getRecords();
        assertThat(rows).hasSize(5);
        assertThat(rows.stream().flatMap(row -> row.stream())).allSatisfy(cell ->
                assertThat(cell).doesNotMatch("(?s)^[=+\\-@\t\r].*"));
        assertThat(rows.get(0).values()).containsExactly("line", "kind", "reason", "original");
        assertThat(rows.subList(1, 5)).extracting(row -> row.get(3))
                .containsExactly("'=1+1,,", "'-2+3,-2+3@,", "'@SUM(A1:A9),x@,",
                        "'+cmd,\"=HYPERLINK(\"\"http://evil.example\"\")\",");
    }

    /** A GET written straight to the socket (anonymous without a token): for request lines HTTP clients refuse to send. */
    private static String rawGet(String pathAndQuery, String token) throws IOException {
        URI base = URI.create(ItProperties.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = "GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + base.getHost()
                    + (token == null ? "" : "\r\nAuthorization: Bearer " + token) + "\r\nConnection: close\r\n\r\n";
            try {
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException refusedMidWay) {
                // the server may answer and close before reading a huge request line to its end
            }
            InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    received.write(buffer, 0, n);
                }
            } catch (IOException resetAfterAnswering) {
                // a server refusing a huge request line may reset the connection once it has answered
            }
            return received.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
