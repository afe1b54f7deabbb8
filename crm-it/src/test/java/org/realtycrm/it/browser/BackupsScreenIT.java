package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.AppShell;
import org.realtycrm.it.browser.pages.BackupsPage;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.ItProperties;

/** An administrator backs up from the Backups screen and watches it finish; agents have no such screen. */
class BackupsScreenIT extends CrmIT {

    private final Browser browser = Browser.desktop();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdministratorBacksUpNowAndSeesItStored() {
        SignInPage.open(browser).signIn(ItProperties.adminEmail(), ItProperties.adminPassword()).go("backups");
        BackupsPage backups = new BackupsPage(browser);

        assertThat(backups.backUpNow()).isEqualTo("SUCCEEDED");
        assertThat(backups.newestKey()).startsWith("backups/").endsWith(".rcbackup");
        assertThat(backups.lastSucceeded()).isNotEqualTo("never");
    }

    @Test
    void agentsHaveNoBackupsScreen() {
        Account agent = Accounts.agent();
        AppShell shell = SignInPage.open(browser).signIn(agent.email(), agent.password());

        assertThat(shell.hasMenuItem("backups")).isFalse();
        browser.open("backups.xhtml");
        assertThat(browser.driver().getPageSource()).doesNotContain("Back up now");
    }
}
