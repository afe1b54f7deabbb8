package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Cookie;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.ImportPage;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Query;
import org.realtycrm.it.support.Unique;
import org.realtycrm.it.support.UsPhone;

/** An agent imports a purchased list on the import screen, watches it finish and sees the rows left out. */
class ImportScreenIT extends CrmIT {

    private final Browser browser = Browser.desktop();

    @TempDir
    Path dir;

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAgentImportsAListAndSeesTheRejectedRowsWithTheirLines() throws Exception {
        Account agent = Accounts.agent();
        String word = Unique.word();
        UsPhone phone = Unique.usPhone();
        String existing = agent.leads().create().getString("email");
        Path csv = dir.resolve("open-house-" + word + ".csv");
        Files.writeString(csv, "First Name,Last Name,Email,Phone\n"
                + "Ava," + word + ",ava." + word + "@example.com," + phone.national() + "\n"  // 2
                + "Bo,<b>" + word + "</b>,bo." + word + "@,\n"                                  // 3: bad email
                + "Cleo," + word + "," + existing + ",\n"                                        // 4: existing lead
                + "Dev," + word + ",dev." + word + "@example.com," + phone.dotted() + "\n"     // 5: same phone as 2
                + "<script>alert(1)</script>," + word + ",eve." + word + "@example.com,\n");    // 6

        ImportPage page = signIn(agent).importFile(csv).awaitFinished();

        assertThat(page.status()).isEqualTo("COMPLETED");
        assertThat(page.recentStatus(csv.getFileName().toString())).isEqualTo("COMPLETED");
        assertThat(page.progress()).contains("100");
        assertThat(page.count("read")).isEqualTo(5);
        assertThat(page.count("imported")).isEqualTo(2);
        assertThat(page.count("duplicates")).isEqualTo(2);
        assertThat(page.count("rejected")).isEqualTo(1);
        assertThat(page.rejects()).hasSize(3).satisfiesExactly(
                bad -> assertThat(bad).startsWith("3: email"),
                existingLead -> assertThat(existingLead).startsWith("4: duplicate of existing lead"),
                samePhone -> assertThat(samePhone).startsWith("5: duplicate of line 2"));
        assertThat(download(page.rejectsDownloadUrl())).startsWith("line,kind,reason,original")
                .contains("3,INVALID,", "4,DUPLICATE,", "5,DUPLICATE,");
        // the imported leads are the agent's own; markup in a file is data, stored and shown as text
        assertThat(agent.api().get(Leads.LEADS + Query.of("q", word)).expect(200).items())
                .extracting(lead -> lead.getString("firstName"))
                .containsExactlyInAnyOrder("Ava", "<script>alert(1)</script>");
        assertThat(page.rejectedRows()).contains("Bo,<b>" + word + "</b>,bo." + word + "@,");
    }

    @Test
    void aFileThatIsNotCsvIsRefusedWithAReason() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");

        ImportPage page = signIn(Accounts.agent());
        page.importFileExpectingRefusal(empty);

        assertThat(page.messages()).contains("empty");
    }

    private ImportPage signIn(Account agent) {
        SignInPage.open(browser).signIn(agent.email(), agent.password()).go("import");
        return new ImportPage(browser);
    }

    /** Fetches the download with the browser's session, as clicking the link would. */
    private String download(String url) throws IOException, InterruptedException {
        Cookie session = browser.driver().manage().getCookieNamed("CRMSESSION");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", session.getName() + "=" + session.getValue()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        return response.body();
    }
}
