package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.Leads.LEADS;
import static org.realtycrm.it.support.Leads.id;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.JsonObject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.Unique;
import org.realtycrm.it.support.UsPhone;

/**
 * The leads list as a CSV file: every lead its filters find that the caller may see, in its order, one row each,
 * and the export on the exporter's record.
 */
class LeadExportIT extends CrmIT {

    @Test
    void everyLeadTheFiltersFindIsARowInTheListsOrderAndTheExportIsOnRecord() throws IOException {
        String source = "Export " + Unique.word();
        Account agent = Accounts.agent();
        UsPhone mobile = Unique.usPhone();
        UsPhone home = Unique.usPhone();
        JsonObject zoe = adminLeads().create(newLead().source(source).lastName("Zimmer").phones(mobile.national(),
                home.national()).assignedTo(agent.id()));
        JsonObject abe = adminLeads().create(newLead().source(source).lastName("Abbott").temperature("HOT")
                .assignedTo(agent.id()));
        adminLeads().create(newLead().source(source).lastName("Mann"));

        List<CSVRecord> rows = export(admin(), "source=" + encoded(source) + "&sort=lastName");

        assertThat(rows.get(0).values()).startsWith("Id", "First name", "Last name", "Email", "Phones", "Status");
        assertThat(rows).hasSize(4);
        assertThat(rows.subList(1, 4)).extracting(row -> row.get(2)).containsExactly("Abbott", "Mann", "Zimmer");
        CSVRecord zoeRow = rows.get(3);
        assertThat(zoeRow.get(0)).isEqualTo(String.valueOf(id(zoe)));
        assertThat(zoeRow.get(3)).isEqualTo(zoe.getString("email"));
        assertThat(zoeRow.get(4)).matches("\\w+: \\" + mobile.e164() + "; \\w+: \\" + home.e164());
        assertThat(zoeRow.get(5)).isEqualTo("NEW");
        assertThat(zoeRow.get(7)).isEqualTo(source);
        assertThat(zoeRow.get(8)).isEqualTo(agent.name());
        assertThat(zoeRow.get(16)).as("created, in the brokerage's zone").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");

        List<CSVRecord> hot = export(admin(), "source=" + encoded(source) + "&temperature=HOT");
        assertThat(hot).hasSize(2);
        assertThat(hot.get(1).get(0)).isEqualTo(String.valueOf(id(abe)));

        List<JsonObject> onRecord = admin().get("/api/v1/activities?action=LEADS_EXPORTED&subjectType=USER"
                + "&size=200&subjectId=" + admin().get("/api/v1/users/me").expect(200).json().getJsonNumber("id")
                .longValue()).expect(200).items().stream()
                .filter(entry -> entry.toString().contains("source " + source)).toList();
        assertThat(onRecord).extracting(entry -> entry.getString("summary"))
                .containsExactlyInAnyOrder("Exported 3 leads as CSV", "Exported 1 lead as CSV");
        assertThat(onRecord).anySatisfy(entry -> assertThat(entry.toString()).contains("temperature HOT"));
    }

    @Test
    void anAgentExportsOnlyTheirOwnLeads() throws IOException {
        String source = "Export " + Unique.word();
        Account agent = Accounts.agent();
        JsonObject theirs = adminLeads().create(newLead().source(source).assignedTo(agent.id()));
        adminLeads().create(newLead().source(source).assignedTo(Accounts.agent().id()));

        List<CSVRecord> rows = export(agent.api(), "source=" + encoded(source));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(0)).isEqualTo(String.valueOf(id(theirs)));
    }

    @Test
    void aFilterThatIsNoFilterIsRefusedBeforeAnythingIsWritten() {
        Response refused = admin().get(LEADS + "/export?status=SOLD", "text/csv");

        assertThatProblem(refused).hasStatus(400).hasFieldError("status");
        assertThatProblem(anonymous().get(LEADS + "/export", "text/csv")).hasStatus(401);
    }

    private static List<CSVRecord> export(Api caller, String query) throws IOException {
        Response csv = caller.get(LEADS + "/export?" + query, "text/csv").expect(200);
        assertThat(csv.contentType()).isEqualTo("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("leads.csv");
        return CSVFormat.DEFAULT.parse(new StringReader(csv.body())).getRecords();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
