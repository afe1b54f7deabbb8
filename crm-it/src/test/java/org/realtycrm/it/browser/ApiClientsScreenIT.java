package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.ApiClientsPage;
import org.realtycrm.it.browser.pages.AppShell;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Reso;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.Unique;

/**
 * An administrator issues an API client of the RESO Web API on the "RESO API clients" screen, hands its client id and
 * secret to the integrator (here: this test, which takes a token with them over HTTP), replaces the secret, and later
 * deactivates the client. Agents have no such screen.
 */
class ApiClientsScreenIT extends CrmIT {

    private Browser browser = Browser.desktop();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdministratorIssuesAClientWhoseSecretGetsATokenThenReplacesTheSecretAndDeactivatesTheClient() {
        SignInPage.open(browser).signIn(ItProperties.adminEmail(), ItProperties.adminPassword()).go("api-clients");
        ApiClientsPage clients = new ApiClientsPage(browser);
        String name = "Portal " + Unique.name();

        assertThat(clients.issue(name)).contains("Issued " + name).contains("Copy its secret now");
        List<String> idAndSecret = clients.shownClientIdAndSecret();
        assertThat(idAndSecret).hasSize(2);
        String clientId = idAndSecret.get(0);
        String secret = idAndSecret.get(1);
        assertThat(clientId).matches("rc_[0-9a-f]{24}");
        assertThat(secret).startsWith("rcs_");
        assertThat(clients.secretPanelText()).contains("The secret is shown only now").contains("integrator");
        String origin = withoutTrailingSlash(ItProperties.baseUrl());
        assertThat(clients.shownUrls()).containsExactly(origin + Reso.TOKEN, origin + Reso.ROOT);
        assertThat(clients.clientId(name)).isEqualTo(clientId);
        assertThat(clients.status(name)).isEqualTo("Active");
        assertThat(clients.lastToken(name)).isEqualTo("never");

        assertGranted(clientId, secret);
        assertThat(clients.dismissSecret().shownClientIdAndSecret()).isEmpty();
        assertThat(browser.driver().getPageSource()).as("the secret, once dismissed").doesNotContain(secret);

        assertThat(clients.replaceSecret(name)).contains("New secret for " + name).contains("Copy it now");
        List<String> replaced = clients.shownClientIdAndSecret();
        assertThat(replaced).hasSize(2);
        assertThat(replaced.get(0)).isEqualTo(clientId);
        String newSecret = replaced.get(1);
        assertThat(newSecret).startsWith("rcs_").isNotEqualTo(secret);
        assertThat(Reso.grant(clientId, secret).status()).as("the replaced secret").isEqualTo(401);
        assertGranted(clientId, newSecret);
        assertThat(clients.lastToken(name)).as("the first grant, shown since the table was read again")
                .isNotEqualTo("never");

        assertThat(clients.deactivate(name)).contains("Deactivated " + name);
        assertThat(clients.shownClientIdAndSecret()).as("a deactivated client's secret").isEmpty();
        assertThat(clients.status(name)).isEqualTo("Deactivated");
        assertThat(clients.hasActions(name)).isFalse();
        assertThat(Reso.grant(clientId, newSecret).status()).as("a deactivated client").isEqualTo(401);

        assertThat(clients.issue(name)).as("a name taken").contains("already exists");
        assertThat(clients.shownClientIdAndSecret()).isEmpty();
    }

    @Test
    void anAdministratorIssuesAClientOnAPhone() {
        browser.close();
        browser = Browser.phone();
        SignInPage.open(browser).signIn(ItProperties.adminEmail(), ItProperties.adminPassword()).go("api-clients");
        ApiClientsPage clients = new ApiClientsPage(browser);
        String name = "Phone portal " + Unique.name();

        assertThat(clients.issue(name)).contains("Issued " + name);
        List<String> idAndSecret = clients.shownClientIdAndSecret();
        assertThat(idAndSecret).hasSize(2);
        assertThat(clients.status(name)).isEqualTo("Active");
        Long width = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(width).as("no sideways scrolling of the page").isLessThanOrEqualTo(400L);

        assertGranted(idAndSecret.get(0), idAndSecret.get(1));
        assertThat(clients.deactivate(name)).contains("Deactivated " + name);
    }

    @Test
    void agentsHaveNoApiClientsScreen() {
        Account agent = Accounts.agent();
        AppShell shell = SignInPage.open(browser).signIn(agent.email(), agent.password());

        assertThat(shell.hasMenuItem("api-clients")).isFalse();
        browser.open("api-clients.xhtml");
        assertThat(browser.driver().getPageSource()).contains("Your account cannot open this page")
                .doesNotContain("Issue a client");
    }

    /** The integrator's grant with this id and secret, as {@code POST /reso/oauth2/token}: a token. */
    private static void assertGranted(String clientId, String secret) {
        Response granted = Reso.grant(clientId, secret);
        assertThat(granted.status()).as(granted.describe()).isEqualTo(200);
        assertThat(granted.json().getString("access_token")).isNotBlank();
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
