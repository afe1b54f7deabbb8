package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.GeneratedCsv;
import org.realtycrm.it.support.Imports;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Query;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.Unique;
import org.realtycrm.it.support.UsPhone;

/** CSV imports through the API: what becomes a lead, what is rejected and why, who gets the leads, who may look. */
class ImportIT extends CrmIT {

    private static final Duration SMALL = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void goodRowsBecomeLeadsAndEveryOtherRowIsReportedWithItsLineAndReason() {
        Account agentA = Accounts.agent();
        Account agentB = Accounts.agent();
        JsonObject existing = adminLeads().create();
        String word = Unique.word();
        UsPhone shared = Unique.usPhone();
        String csv = "\uFEFFFirst Name,Last Name,E-mail,Phone,Notes,Temperature\n"
                + "Ana," + word + ",ana." + word + "@example.com,12,,HOT\n"                              // 2: bad phone
                + "Ben," + word + ",ben." + word + "@example.com," + shared.national() + ",\"two\nlines\",\n" // 3-4
                + "," + word + ",nobody." + word + "@example.com,,,\n"                                    // 5: no name
                + "Cy," + word + "," + existing.getString("email") + ",,,\n"                             // 6: existing
                + "Di," + word + ",,,,\n"                                                                // 7: no contact
                + "Ed," + word + ",ed." + word + "@example.com," + shared.dotted() + ",,\n"             // 8: dup of 3
                + "Flo," + word + ",flo." + word + "@example.com,,,COLD\n"                                // 9
                + "Gus," + word + ",FLO." + word + "@EXAMPLE.com,,,\n"                                    // 10: dup of 9
                + "Hal," + word + ",hal." + word + "@,,,\n";                                             // 11: bad email

        JsonObject done = importAndWait(admin(), "mixed.csv", csv);

        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertCounts(done, 9, 2, 3, 4);
        List<JsonObject> rejects = admin().get(Imports.path(id(done)) + "/rejects").expect(200).items();
        assertThat(rejects).extracting(r -> r.getJsonNumber("line").longValue()).containsExactly(2L, 5L, 6L, 7L, 8L,
                10L, 11L);
        assertThat(byLine(rejects, 2).getString("reason")).startsWith("phone 1:");
        assertThat(byLine(rejects, 5).getString("reason")).isEqualTo("first name: must not be blank");
        assertThat(byLine(rejects, 6).getString("reason")).isEqualTo("duplicate of existing lead " + Leads.id(existing)
                + " (same email)");
        assertThat(byLine(rejects, 7).getString("reason")).contains("an email or at least one phone");
        assertThat(byLine(rejects, 8).getString("reason")).isEqualTo("duplicate of line 3 (same phone)");
        assertThat(byLine(rejects, 10).getString("kind")).isEqualTo("DUPLICATE");
        assertThat(byLine(rejects, 10).getString("reason")).isEqualTo("duplicate of line 9 (same email)");
        assertThat(byLine(rejects, 11).getString("kind")).isEqualTo("INVALID");
        assertThat(byLine(rejects, 11).getString("original")).isEqualTo("Hal," + word + ",hal." + word + "@,,,");

        List<JsonObject> leads = admin().get(Leads.LEADS + Query.of("q", word)).expect(200).items();
        assertThat(leads).extracting(l -> l.getString("firstName")).containsExactlyInAnyOrder("Ben", "Flo");
        JsonObject ben = leads.stream().filter(l -> l.getString("firstName").equals("Ben")).findFirst().orElseThrow();
        assertThat(ben.getJsonArray("phones").getJsonObject(0).getString("number")).isEqualTo(shared.e164());
        assertThat(ben.getString("notes")).isEqualTo("two\nlines");
        assertThat(ben.getString("source")).isEqualTo("CSV import");
        JsonObject created = admin().get(Leads.path(ben) + "/activities").expect(200).items().get(0);
        assertThat(created.getString("action")).isEqualTo("LEAD_CREATED");
        assertThat(created.getString("summary")).contains("import " + id(done), "mixed.csv", "line 3", "by ");
        assertThat(created.getJsonObject("actor").getJsonNumber("id").longValue()).isEqualTo(Accounts.adminId());
        // the import is audited once at its start and once at its end, not once per lead
        List<JsonObject> audited = admin().get("/api/v1/activities" + Query.of("subjectType", "LEAD_IMPORT",
                "subjectId", String.valueOf(id(done)))).expect(200).items();
        assertThat(audited).extracting(entry -> entry.getString("action"))
                .containsExactly("LEAD_IMPORT_FINISHED", "LEAD_IMPORT_STARTED");
        assertThat(audited.get(0).getString("summary")).contains("completed: 2 imported");
        assertThat(agentA.id()).isNotEqualTo(agentB.id()); // two agents at least, so routing has a choice
    }

    @Test
    void theRejectsComeAsACsvDownloadByDefault() {
        String word = Unique.word();
        JsonObject done = importAndWait(admin(), "one-bad.csv",
                "name,email\n\"" + word + ", Jr\",bad@\nGood " + word + ",good." + word + "@example.com\n");

        Response csv = admin().get(Imports.path(id(done)) + "/rejects", "text/csv").expect(200);

        assertThat(csv.contentType()).isEqualTo("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("import-" + id(done) + "-rejects.csv");
        assertThat(csv.body().split("\r\n")).containsExactly("line,kind,reason,original",
                "2,INVALID,email: is not a valid email address,\"\"\"" + word + ", Jr\"\",bad@\"");
    }

    @Test
    void anAdminsImportIsRoutedAcrossAgentsAndEachHearsOncePerChunk() throws SQLException {
        Accounts.agent();
        Accounts.agent();
        String word = Unique.word();
        StringBuilder csv = new StringBuilder("first name,email\n");
        for (int i = 0; i < 30; i++) {
            csv.append("R").append(i).append(',').append("r").append(i).append('.').append(word).append("@example.com\n");
        }

        JsonObject done = importAndWait(admin(), "routed.csv", csv.toString());

        assertCounts(done, 30, 30, 0, 0);
        Map<Long, Long> perAgent = query("select assigned_agent_id, count(*) from leads where import_id = ? "
                + "group by assigned_agent_id", id(done));
        long activeAgents = admin().get(Accounts.USERS + "?role=AGENT&active=true").expect(200).total();
        assertThat(perAgent).hasSize((int) Math.min(30, activeAgents));
        assertThat(perAgent.keySet()).doesNotContainNull();
        // one notification per agent (a single chunk here), saying how many leads it brought
        Map<Long, Long> notified = awaitImportNotices(id(done), perAgent.size());
        assertThat(notified).isEqualTo(perAgent);
    }

    @Test
    void anAgentsImportIsTheirsAndOnlyTheyAndAdminsSeeIt() {
        Account agent = Accounts.agent();
        Account other = Accounts.agent();
        String word = Unique.word();

        JsonObject done = importAndWait(agent.api(), "mine.csv", "name,phone\nMine " + word + ","
                + Unique.usPhone().national() + "\n");

        assertCounts(done, 1, 1, 0, 0);
        assertThat(done.getJsonNumber("importedBy").longValue()).isEqualTo(agent.id());
        JsonObject lead = agent.api().get(Leads.LEADS + Query.of("q", word)).expect(200).items().get(0);
        assertThat(Leads.assigneeId(lead)).isEqualTo(agent.id());
        assertThat(agent.api().get(Imports.PATH).expect(200).ids()).containsExactly(id(done));
        assertThat(admin().get(Imports.path(id(done))).expect(200).json().getString("fileName")).isEqualTo("mine.csv");
        assertThat(admin().get(Imports.PATH + "?size=200").expect(200).ids()).contains(id(done));

        assertThatProblem(other.api().get(Imports.path(id(done)))).hasStatus(404);
        assertThatProblem(other.api().get(Imports.path(id(done)) + "/rejects")).hasStatus(404);
        assertThat(other.api().get(Imports.PATH).expect(200).ids()).doesNotContain(id(done));
        Api client = Accounts.client().api();
        assertThatProblem(client.get(Imports.path(id(done)))).hasStatus(403);
        assertThatProblem(Imports.upload(client, "x.csv", "name,email\nA,a@example.com\n")).hasStatus(403);
        assertThatProblem(anonymous().get(Imports.PATH)).hasStatus(401);
        assertThatProblem(Imports.upload(anonymous(), "x.csv", "name,email\nA,a@example.com\n")).hasStatus(401);
    }

    @Test
    void badUploadsAreRefusedWithProblemDetails() {
        assertThatProblem(Imports.upload(admin(), "empty.csv", "")).hasStatus(400).hasFieldError("file");
        assertThatProblem(Imports.upload(admin(), "header-only.csv", "name,email\n")).hasStatus(400)
                .hasFieldError("file");
        assertThatProblem(Imports.upload(admin(), "no-contact.csv", "name,city\nAna,Austin\n")).hasStatus(400)
                .hasFieldError("file");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThatProblem(Imports.upload(admin(), "photo.csv", "text/csv", () -> new ByteArrayInputStream(png)))
                .hasStatus(415).hasType("unsupported-content");
        assertThatProblem(Imports.upload(admin(), "sheet.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                () -> new ByteArrayInputStream("name,email\nA,a@example.com\n".getBytes()))).hasStatus(415);
        assertThatProblem(admin().send("POST", Imports.PATH, "application/json", "{}")).hasStatus(415);
        // the IT profile caps uploads at 32 MiB
        assertThatProblem(Imports.upload(admin(), "huge.csv", "text/csv", () -> repeated("name,email\n", 33 << 20)))
                .hasStatus(413).hasType("too-large");
    }

    @Test
    void aHundredThousandRowFileCompletesWithExactCounts() {
        GeneratedCsv file = GeneratedCsv.write(dir.resolve("bulk.csv"), 100_000, "303", 97, 41);
        Instant started = Instant.now();

        Response upload = Imports.upload(admin(), "bulk.csv", "text/csv", () -> open(file.file()));

        JsonObject accepted = upload.expect(202).json();
        assertThat(upload.header("Location")).endsWith(Imports.path(id(accepted)));
        JsonObject done = Imports.awaitFinished(admin(), id(accepted), Duration.ofMinutes(5));
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("COMPLETED");
        assertCounts(done, file.rows(), file.imported(), file.duplicates(), file.invalid());
        assertThat(admin().get(Imports.path(id(done)) + "/rejects?size=1").expect(200).total())
                .isEqualTo(file.invalid() + file.duplicates());
        System.out.printf("100,000-row import: %d ms%n", Duration.between(started, Instant.now()).toMillis());
    }

    /**
     * A file of two parts (20,000 rows each) stored side by side: each part's first row repeats a contact of the
     * other's, so the two chunks race for the same email and the same phone. Whichever stores first wins; the other
     * row is a duplicate of the winner's line, and no lead is stored twice or half.
     */
    @Test
    void duplicatesBetweenPartsStoredSideBySideNameTheLineThatWon() throws IOException {
        String word = Unique.word();
        UsPhone shared = Unique.usPhone();
        Path file = dir.resolve("two-parts.csv");
        int rows = 40_000;
        try (var out = Files.newBufferedWriter(file)) {
            out.write("First Name,Last Name,Email,Phone\n");
            for (int row = 1; row <= rows; row++) {
                String email = switch (row) {
                    case 1, 20_001 -> "same." + word + "@example.com";       // lines 2 and 20,002
                    default -> "part." + word + "." + row + "@example.com";
                };
                String phone = row == 2 || row == 20_002 ? shared.national() : ""; // lines 3 and 20,003
                out.write("Row" + row + "," + word + "," + email + "," + phone + "\n");
            }
        }

        Response upload = Imports.upload(admin(), "two-parts.csv", "text/csv", () -> open(file));
        JsonObject done = Imports.awaitFinished(admin(), id(upload.expect(202).json()), Duration.ofMinutes(3));

        assertThat(done.getString("status")).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.getJsonNumber("totalRows").longValue()).isEqualTo(rows);
        assertCounts(done, rows, rows - 2, 2, 0);
        List<JsonObject> rejects = admin().get(Imports.path(id(done)) + "/rejects").expect(200).items();
        assertThat(rejects).hasSize(2);
        JsonObject email = rejects.stream().filter(r -> r.getString("reason").endsWith("(same email)")).findFirst()
                .orElseThrow(() -> new AssertionError("no email duplicate in " + rejects));
        long emailLoser = email.getJsonNumber("line").longValue();
        assertThat(emailLoser).isIn(2L, 20_002L);
        assertThat(email.getString("reason"))
                .isEqualTo("duplicate of line " + (emailLoser == 2 ? 20_002 : 2) + " (same email)");
        JsonObject phone = rejects.stream().filter(r -> r.getString("reason").contains("(same phone")).findFirst()
                .orElseThrow(() -> new AssertionError("no phone duplicate in " + rejects));
        long phoneLoser = phone.getJsonNumber("line").longValue();
        assertThat(phoneLoser).isIn(3L, 20_003L);
        assertThat(phone.getString("reason"))
                .isEqualTo("duplicate of line " + (phoneLoser == 3 ? 20_003 : 3) + " (same phone)");
        List<JsonObject> holders = admin().get(Leads.LEADS + Query.of("q", shared.digits())).expect(200).items();
        assertThat(holders).hasSize(1);
        assertThat(holders.get(0).getJsonArray("phones")).hasSize(1);
    }

    private static JsonObject importAndWait(Api api, String fileName, String csv) {
        Response upload = Imports.upload(api, fileName, csv);
        JsonObject accepted = upload.expect(202).json();
        assertThat(accepted.getString("status")).isIn("QUEUED", "RUNNING", "COMPLETED");
        return Imports.awaitFinished(api, id(accepted), SMALL);
    }

    private static void assertCounts(JsonObject done, long read, long imported, long duplicates, long rejected) {
        assertThat(List.of(done.getJsonNumber("rowsRead").longValue(), done.getJsonNumber("imported").longValue(),
                done.getJsonNumber("duplicates").longValue(), done.getJsonNumber("rejected").longValue()))
                .as("rowsRead, imported, duplicates, rejected of %s", done)
                .containsExactly(read, imported, duplicates, rejected);
    }

    private static JsonObject byLine(List<JsonObject> rejects, long line) {
        return rejects.stream().filter(r -> r.getJsonNumber("line").longValue() == line).findFirst().orElseThrow();
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    /** Agent → the lead count its LEADS_IMPORTED notifications for this import announce, once delivered. */
    private static Map<Long, Long> awaitImportNotices(long importId, int agents) throws SQLException {
        Pattern count = Pattern.compile("^(\\d+) new leads? from import " + importId + " ");
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            Map<Long, Long> perAgent = new HashMap<>();
            try (Connection db = database();
                 PreparedStatement query = db.prepareStatement("select recipient_id, message from notifications "
                         + "where kind = 'LEADS_IMPORTED' and message like ?")) {
                query.setString(1, "% from import " + importId + " (%");
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Matcher matcher = count.matcher(rows.getString(2));
                        assertThat(matcher.find()).as(rows.getString(2)).isTrue();
                        perAgent.merge(rows.getLong(1), Long.parseLong(matcher.group(1)), Long::sum);
                    }
                }
            }
            if (perAgent.size() >= agents || Instant.now().isAfter(deadline)) {
                return perAgent;
            }
            Imports.pause(Duration.ofMillis(300));
        }
    }

    private static Map<Long, Long> query(String sql, long parameter) throws SQLException {
        Map<Long, Long> result = new HashMap<>();
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.put(rows.getObject(1) == null ? null : rows.getLong(1), rows.getLong(2));
                }
            }
        }
        return result;
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(ItProperties.dbUrl(), ItProperties.dbUser(), ItProperties.dbPassword());
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code bytes} bytes of text, generated as they are read. */
    private static InputStream repeated(String text, int bytes) {
        byte[] unit = text.getBytes();
        return new InputStream() {
            private int sent;

            @Override
            public int read() {
                return sent < bytes ? unit[sent++ % unit.length] : -1;
            }
        };
    }
}
