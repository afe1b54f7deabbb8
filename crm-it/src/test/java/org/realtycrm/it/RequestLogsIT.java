package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.Imports;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.ServerLog;
import org.realtycrm.it.support.Unique;

/**
 * The server log as an operator ships it to Loki or ELK: one JSON event per line, and every event written for a
 * request labelled with the request's id and user, down to the import job the request started, so that one id finds
 * the upload and the whole import that followed.
 */
class RequestLogsIT extends CrmIT {

    private static final String HEADER = "X-Request-Id";
    private static final String UUID_FORM = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Duration WRITTEN = Duration.ofSeconds(20);

    @Test
    void anImportIsLoggedUnderTheCallersRequestIdFromTheUploadToTheJobsEnd() {
        Account agent = Accounts.agent();
        String id = "it-" + UUID.randomUUID();

        Response upload = Imports.upload(agent.api().withHeader(HEADER, id), "followed.csv", csv());

        assertThat(upload.status()).isEqualTo(202);
        assertThat(upload.header(HEADER)).isEqualTo(id);
        long importId = upload.json().getJsonNumber("id").longValue();
        Imports.awaitFinished(agent.api(), importId, Duration.ofMinutes(1));

        JsonObject started = only("Import " + importId + " of followed.csv started", id);
        JsonObject completed = only("Import " + importId + " completed", id);
        assertThat(started.getString("User")).isEqualTo(agent.email());
        assertThat(completed.getString("User")).as("the job carries the uploader too").isEqualTo(agent.email());
        assertThat(completed.getString("ThreadName")).as("the job runs on a thread of the batch runtime")
                .isNotEqualTo(started.getString("ThreadName"));
        assertThat(started.getString("LoggerName")).isEqualTo("org.realtycrm.lead.batch.LeadImports");
        assertThat(started.getString("Level")).isEqualTo("INFO");
    }

    @Test
    void withoutOneTheServerMakesOneUpAndLogsUnderIt() {
        Account agent = Accounts.agent();

        Response upload = Imports.upload(agent.api(), "unnamed.csv", csv());

        String id = upload.expect(202).header(HEADER);
        assertThat(id).matches(UUID_FORM);
        long importId = upload.json().getJsonNumber("id").longValue();
        assertThat(only("Import " + importId + " of unnamed.csv started", id).getString("User"))
                .isEqualTo(agent.email());
    }

    @Test
    void anIdThatIsNoPlainTokenIsReplaced() {
        for (String offered : List.of("two words", "\"quoted\"", "x".repeat(65), "a{\"User\":\"admin\"}")) {
            String answered = anonymous().withHeader(HEADER, offered).get("/api/v1/version").expect(200).header(HEADER);

            assertThat(answered).as("answer to %s", offered).matches(UUID_FORM);
        }
    }

    @Test
    void problemsNameTheRequestIdToReport() {
        String id = "it-" + UUID.randomUUID();
        Api caller = admin().withHeader(HEADER, id);

        JsonObject missing = caller.get("/api/v1/leads/987654321").expect(404).json();
        Response refused = Api.withToken("not-a-token").withHeader(HEADER, id).get("/api/v1/leads").expect(401);

        assertThat(missing.getString("requestId")).isEqualTo(id);
        assertThat(refused.header(HEADER)).as("the server's own error page").isEqualTo(id);
        assertThat(refused.json().getString("requestId")).isEqualTo(id);
    }

    @Test
    void theScreensAnswerWithARequestIdToo() {
        String id = "it-" + UUID.randomUUID();

        Response login = anonymous().withHeader(HEADER, id).get("/app/login.xhtml", "text/html");

        assertThat(login.header(HEADER)).isEqualTo(id);
    }

    @Test
    void theServerLogIsOneJsonEventPerLine() {
        List<String> lines = ServerLog.lines(ServerLog.file());
        List<String> notEvents = new ArrayList<>();
        // asadmin's launcher writes the JVM's command line at each start in its own format, a record of many lines
        // ending in "]]" and a blank line (docs/operations.md): the one exception
        boolean inLauncherRecord = false;
        boolean afterLauncherRecord = false;
        for (String line : lines) {
            if (inLauncherRecord) {
                inLauncherRecord = !line.endsWith("]]");
                afterLauncherRecord = !inLauncherRecord;
            } else if (line.startsWith("[") && line.contains("[jakarta.enterprise.launcher]")) {
                inLauncherRecord = !line.endsWith("]]");
                afterLauncherRecord = !inLauncherRecord;
            } else if (afterLauncherRecord && line.isEmpty()) {
                afterLauncherRecord = false;
            } else if (!line.startsWith("{")) {
                notEvents.add(line);
            }
        }

        assertThat(notEvents).as("lines of %s that are not JSON events", ServerLog.file()).isEmpty();
        List<JsonObject> events = lines.stream().filter(line -> line.startsWith("{")).map(ServerLog::parse).toList();
        assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(event)
                .containsKeys("Timestamp", "Level", "LoggerName", "ThreadName"));
    }

    private static JsonObject only(String message, String requestId) {
        List<JsonObject> found = ServerLog.await(event -> requestId.equals(event.getString("RequestId", null))
                && event.getString("LogMessage", "").startsWith(message), WRITTEN);
        assertThat(found).as("events \"%s…\" with RequestId %s in %s", message, requestId, ServerLog.file()).hasSize(1);
        return found.get(0);
    }

    private static String csv() {
        String word = Unique.word();
        return "first name,email\nAda," + "ada." + word + "@example.com\nBo,bo." + word + "@example.com\n";
    }
}
