package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.Json;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.AppShell;
import org.realtycrm.it.browser.pages.IntakePage;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.IntakeSender;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Unique;

/**
 * An administrator adds an intake source for the website on the Lead intake screen, hands its key and secret to the
 * sender (here: this test, which signs a delivery with them), and later deactivates it. Agents have no such screen.
 */
class IntakeScreenIT extends CrmIT {

    private final Browser browser = Browser.desktop();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdministratorAddsASourceWhoseSecretWorksOnceShownAndDeactivatesIt() {
        SignInPage.open(browser).signIn(ItProperties.adminEmail(), ItProperties.adminPassword()).go("intake");
        IntakePage intake = new IntakePage(browser);
        String name = "Website " + Unique.name();

        assertThat(intake.add(name, "Website")).contains("Copy its secret now");
        List<String> keyAndSecret = intake.shownKeyAndSecret();
        assertThat(keyAndSecret).hasSize(2);
        assertThat(keyAndSecret.get(1)).startsWith("whsec_");

        assertThat(deliver(keyAndSecret.get(0), keyAndSecret.get(1))).isEqualTo(201);
        assertThat(intake.dismissSecret().shownKeyAndSecret()).isEmpty();
        assertThat(intake.status(name)).isEqualTo("Active");

        assertThat(intake.deactivate(name)).contains("Deactivated " + name);
        assertThat(intake.status(name)).isEqualTo("Deactivated");
        assertThat(deliver(keyAndSecret.get(0), keyAndSecret.get(1))).isEqualTo(401);
    }

    @Test
    void agentsHaveNoLeadIntakeScreen() {
        Account agent = Accounts.agent();
        AppShell shell = SignInPage.open(browser).signIn(agent.email(), agent.password());

        assertThat(shell.hasMenuItem("intake")).isFalse();
        browser.open("intake.xhtml");
        assertThat(browser.driver().getPageSource()).doesNotContain("New source");
    }

    /** A signed inquiry from someone new, as the sender would send it; answers the status. */
    private static int deliver(String key, String secret) {
        byte[] body = Json.createObjectBuilder().add("kind", "CONTACT").add("firstName", "Ana")
                .add("email", Unique.email("screen")).build().toString().getBytes(StandardCharsets.UTF_8);
        return new IntakeSender(key, secret).deliver(body).status();
    }
}
