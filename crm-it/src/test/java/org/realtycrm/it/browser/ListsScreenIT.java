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
import org.realtycrm.it.browser.pages.AppShell;
import org.realtycrm.it.browser.pages.ListsPage;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Unique;
import org.realtycrm.it.support.UsPhone;

/**
 * An administrator sets the lead pipeline up on its screen: criteria keeping one ZIP, a BatchLeads mapping started
 * from the style's headers and tried on a file, an upload source using both, and a list uploaded to it that runs to
 * the end, with its kept owner and its rejects. Agents have no such screen. Properties are matched by address across
 * the whole build, so each run's streets carry a word of its own.
 */
class ListsScreenIT extends CrmIT {

    private static final String BATCHLEADS_HEADER = "First Name,Last Name,Mailing Address,Mailing City,Mailing State,"
            + "Mailing Zip,Property Address,Property City,Property State,Property Zip,APN,Estimated Value,"
            + "Equity Percent,Phone 1,Phone 1 Type,Email 1";

    private final Browser browser = Browser.desktop();

    @TempDir
    Path dir;

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdministratorSetsUpASourceAndReceivesAListThroughIt() throws Exception {
        String word = Unique.word();
        String street = Unique.name();
        UsPhone phone = Unique.usPhone();
        String criteria = "Austin 78701 " + word;
        String mapping = "BatchLeads " + word;
        String source = "Hand uploads " + word;
        Path csv = Files.writeString(dir.resolve("absentee-" + word + ".csv"), BATCHLEADS_HEADER + "\n"
                // line 2: in the criteria's ZIP, kept
                + "Ann," + word + ",PO Box 12,Dallas,TX,75201,101 " + street + " St,Austin,TX,78701,,\"$250,000\",45%,"
                + phone.national() + ",Mobile,Ann." + word + "@Example.com\n"
                // line 3: another ZIP, left out by the criteria
                + "Bo," + word + ",PO Box 13,Dallas,TX,75201,102 " + street + " St,Austin,TX,78702,,\"$180,000\",30%,"
                + ",,\n"
                // line 4: no owner, rejected
                + ",,PO Box 14,Dallas,TX,75201,103 " + street + " St,Austin,TX,78701,,,,,,\n");

        SignInPage.open(browser).signIn(ItProperties.adminEmail(), ItProperties.adminPassword()).go("lists");
        ListsPage lists = new ListsPage(browser);

        assertThat(lists.addCriteria(criteria, "78701")).contains("Added criteria " + criteria);

        lists.newMapping(mapping, "BATCHLEADS");
        assertThat(lists.header("ownerFirstName")).isEqualTo("First Name");
        assertThat(lists.header("propertyStreet")).isEqualTo("Property Address");
        assertThat(lists.header("equityPercent")).isEqualTo("Equity Percent");
        assertThat(lists.header("ownerName")).isEmpty();
        assertThat(lists.saveMapping()).contains("Added mapping " + mapping);

        assertThat(lists.preview(mapping, criteria, csv)).contains("Read 3 rows of " + csv.getFileName());
        assertThat(lists.previewLines()).containsExactly(
                "2 Ann " + word + " | yes | ",
                "3 Bo " + word + " | no | ",
                "4  | — | no owner name");

        assertThat(lists.addUploadSource(source, mapping, criteria)).contains("Added source " + source);
        assertThat(lists.source(source)).isEqualTo(source + " UPLOAD " + mapping + " " + criteria);

        String fileName = csv.getFileName().toString();
        assertThat(lists.upload(source, csv)).contains("Received " + fileName + " from " + source);
        assertThat(lists.awaitPullEnded(fileName)).as(lists.pullError(fileName)).isEqualTo("DONE");
        assertThat(lists.pullCount(fileName, "read")).isEqualTo(3);
        assertThat(lists.pullCount(fileName, "kept")).isEqualTo(1);
        assertThat(lists.pullCount(fileName, "filtered")).isEqualTo(1);
        assertThat(lists.pullCount(fileName, "rejected")).isEqualTo(1);

        // the finished run step by step: Ann's file phone is traced from the file, checked, and she becomes a lead
        // (her phone is callable or held back as the registry data this build loaded for its area code says)
        assertThat(lists.runSteps(fileName)).satisfiesExactly(
                parse -> assertThat(parse).isEqualTo("parse | done | 3 rows read | 1 kept | 1 rejected |  "
                        + "| 1 left out by the criteria · 1 new properties · 0 matched"),
                trace -> assertThat(trace).isEqualTo("trace | done | 1 owners traced | 1 found |  |  "
                        + "| 0 from the cache · cost $0.00"),
                scrub -> assertThat(scrub).isIn(
                        "scrub | done | 1 phones checked | 1 callable | 0 not phone numbers | 0 held back by Do-Not-Call | ",
                        "scrub | done | 1 phones checked | 0 callable | 0 not phone numbers | 1 held back by Do-Not-Call | "),
                imported -> assertThat(imported).isEqualTo("import | done | 1 owners imported "
                        + "| 1 became or joined a lead |  |  | 1 new leads · 0 merged · 0 nobody to reach"),
                export -> assertThat(export).isEqualTo("export | done | 0 files to write | 0 written |  |  | "));
        assertThat(download(lists.runSuppressionsUrl())).startsWith("line,");

        assertThat(lists.owners(fileName)).singleElement().satisfies(owner -> assertThat(owner)
                .startsWith("2 Ann " + word + " | PO Box 12, Dallas, TX, 75201 | FOUND | ")
                .contains(phone.e164() + " MOBILE")
                .endsWith("| ann." + word + "@example.com | new lead, score 10"));

        assertThat(download(lists.rejectsDownloadUrl(fileName))).startsWith("line,reason")
                .contains("4,no owner name");

        assertThat(lists.writeExport("DIRECT_MAIL")).contains("Written for DIRECT_MAIL: 1 rows of 1 owners");
        assertThat(download(lists.exportDownloadUrl("DIRECT_MAIL")))
                .startsWith("Name,Address Line 1,Address Line 2,City,State,ZIP,Property Address")
                .contains("Ann " + word + ",PO Box 12,,Dallas,TX,75201,");

        // Ann calls back from the number on the letter; a stranger's call names nobody on the list
        Path calls = Files.writeString(dir.resolve("calls-" + word + ".csv"), "Caller Phone,Note\n"
                + phone.national() + ",wants an offer\n" + Unique.usPhone().national() + ",wrong number\n");
        assertThat(lists.recordResponses(calls)).contains("1 responses from 1 owners recorded")
                .contains("0 new leads, 1 merged into leads already there").contains("1 rows not recorded");
        assertThat(lists.unrecordedResponses()).singleElement().asString().startsWith("3: no owner of this list has");
        assertThat(lists.owners(fileName)).singleElement().asString()
                .endsWith("| new lead, score 60, responded");
        assertThat(lists.ownerLeadUrl(0)).contains("/lead.xhtml?id=");
    }

    @Test
    void agentsHaveNoListsScreen() {
        Account agent = Accounts.agent();
        AppShell shell = SignInPage.open(browser).signIn(agent.email(), agent.password());

        assertThat(shell.hasMenuItem("lists")).isFalse();
        browser.open("lists.xhtml");
        assertThat(browser.driver().getPageSource()).contains("Your account cannot open this page")
                .doesNotContain("Upload a list");
        browser.open("lists/rejects.csv?pull=1");
        assertThat(browser.driver().getPageSource()).contains("Your account cannot open this page");
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
