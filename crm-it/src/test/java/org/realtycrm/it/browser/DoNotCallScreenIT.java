package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.AppShell;
import org.realtycrm.it.browser.pages.DoNotCallPage;
import org.realtycrm.it.browser.pages.LeadPage;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.Leads;

/**
 * An administrator keeps the Do-Not-Call lists from the screen: loads the Registry's download, checks a number,
 * records an opt-out, scrubs a list and reads its report; an agent sees a lead's phones that may not be called and
 * records an opt-out on the lead's page; agents have no Do-Not-Call screen. Area codes 210, 303 and 304 are this
 * class's own (the lists are shared by the build).
 */
class DoNotCallScreenIT extends CrmIT {

    private static final String YESTERDAY = LocalDate.now(ZoneId.of("America/New_York")).minusDays(1).toString();

    private final Browser browser = Browser.desktop();

    @TempDir
    Path dir;

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdministratorLoadsTheRegistryChecksANumberRecordsAnOptOutAndScrubsAList() throws IOException {
        SignInPage.open(browser).signIn(ItProperties.adminEmail(), ItProperties.adminPassword()).go("dnc");
        DoNotCallPage dnc = new DoNotCallPage(browser);

        Path registry = Files.writeString(dir.resolve("210.txt"), "2102340001\n2102340002\n2102340003\n");
        assertThat(dnc.load("federal", YESTERDAY, registry)).contains("Loaded 210.txt: 3 numbers added");
        assertThat(dnc.lists()).anySatisfy(list -> assertThat(list).startsWith("federal "));

        assertThat(dnc.check("(210) 234-0002")).contains("+12102340002").contains("do not call").contains("FEDERAL_DNC");
        assertThat(dnc.check("(210) 234-0009")).contains("may be called");
        assertThat(dnc.check("(303) 234-0001")).contains("FEDERAL_NOT_LOADED");
        assertThat(dnc.doNotCall("210-234-0009", "Asked at the open house on Elm Street"))
                .contains("INTERNAL_DNC");

        Path list = Files.writeString(dir.resolve("absentee.csv"), """
                owner,phone
                Ann,210-234-0001
                Bob,210-234-0005
                Cy,210-234-0009
                """);
        assertThat(dnc.scrub("Absentee owners", list)).contains("1 callable, 2 suppressed, 0 rejected");
        assertThat(dnc.newestScrub()).contains("Absentee owners").contains("FEDERAL_DNC: 1")
                .contains("INTERNAL_DNC: 1");
        assertThat(dnc.newestScrubDownload()).contains("/app/dnc/suppressions.csv?id=");
    }

    @Test
    void anAgentSeesWhichOfALeadsPhonesMayNotBeCalledAndRecordsAnOptOut() {
        admin().upload("/api/v1/pipeline/dnc/loads?list=federal&kind=FULL&dataDate=" + YESTERDAY, "304.txt",
                "text/plain", () -> new ByteArrayInputStream("3042340001\n".getBytes(StandardCharsets.US_ASCII)))
                .expect(201);
        Account agent = Accounts.agent();
        JsonObject lead = agent.leads().create(LeadJson.newLead().phones("(304) 234-0001", "(304) 234-0002"));

        SignInPage.open(browser).signIn(agent.email(), agent.password()).go("leads");
        LeadPage page = LeadPage.open(browser, Leads.id(lead));

        assertThat(page.doNotCallStatuses())
                .containsExactly("Do not call: on the National Do Not Call Registry", "");

        page.doNotCall(1);

        assertThat(page.doNotCallStatuses()).containsExactly("Do not call: on the National Do Not Call Registry",
                "Do not call: asked us not to call");
        assertThat(page.messages()).contains("on the Do-Not-Call list for good");
    }

    @Test
    void agentsHaveNoDoNotCallScreen() {
        Account agent = Accounts.agent();
        AppShell shell = SignInPage.open(browser).signIn(agent.email(), agent.password());

        assertThat(shell.hasMenuItem("dnc")).isFalse();
        browser.open("dnc.xhtml");
        assertThat(browser.driver().getPageSource()).contains("Your account cannot open this page")
                .doesNotContain("Load a list file");
        browser.open("dnc/suppressions.csv?id=1");
        assertThat(browser.driver().getPageSource()).contains("Your account cannot open this page");
    }
}
