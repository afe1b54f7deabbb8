package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.browser.pages.UsersPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Unique;

/** An administrator manages accounts on the users screen; the boundary's rules come back as messages. */
class UsersScreenIT extends CrmIT {

    private final Browser browser = Browser.desktop();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private UsersPage signedInAsAdmin() {
        SignInPage.open(browser).signIn(ItProperties.adminEmail(), ItProperties.adminPassword()).go("users");
        return new UsersPage(browser);
    }

    @Test
    void adminCreatesAnAgentChangesTheRoleAndDeactivates() {
        String email = Unique.email("screen");
        UsersPage users = signedInAsAdmin();

        users.fillNewUser(email, "Screen " + Unique.name(), "AGENT", "screen-password-" + Unique.word()).save();
        users.find(email);
        assertThat(users.role(email)).isEqualTo("AGENT");
        assertThat(users.status(email)).isEqualTo("Active");

        users.changeRole(email, "ADMIN");
        users.deactivate(email);

        browser.until(driver -> "Deactivated".equals(users.status(email)));
        assertThat(users.role(email)).isEqualTo("ADMIN");
        assertThat(admin().get(Accounts.USERS + "?q=" + email).expect(200).json().getJsonArray("items")
                .getJsonObject(0).getBoolean("active")).isFalse();
    }

    @Test
    void invalidInputIsShownNextToTheFields() {
        Account existing = Accounts.agent();
        UsersPage users = signedInAsAdmin();

        users.fillNewUser("not-an-email", "", "AGENT", "short").save();

        assertThat(users.fieldError("email")).contains("valid email");
        assertThat(users.fieldError("name")).contains("Enter a name");
        assertThat(users.fieldError("password")).contains("12 to 128");

        users.fillNewUser(existing.email(), "Someone", "AGENT", "long-enough-password").save();
        assertThat(users.fieldError("email")).contains("already exists");
    }

    @Test
    void adminCannotDeactivateThemselves() {
        UsersPage users = signedInAsAdmin();

        users.find(ItProperties.adminEmail()).deactivate(ItProperties.adminEmail());

        assertThat(users.messages()).contains("cannot demote or deactivate yourself");
        assertThat(users.status(ItProperties.adminEmail())).isEqualTo("Active");
    }
}
