package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.AppShell;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Api;

/** Signing in and out of the screens, who may open what, and the shared brake on guessing passwords. */
class SignInIT extends CrmIT {

    private final Browser browser = Browser.desktop();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void goodSignInLandsOnTheDashboardWithoutAdministration() {
        Account agent = Accounts.agent();

        AppShell shell = SignInPage.open(browser).signIn(agent.email(), agent.password());

        assertThat(shell.title()).isEqualTo("Dashboard");
        assertThat(browser.url()).endsWith("/app/dashboard.xhtml");
        assertThat(shell.hasMenuItem("leads")).isTrue();
        assertThat(shell.hasMenuItem("users")).isFalse();
    }

    @Test
    void adminSignsInFromTheFrontDoorAndStaysSignedIn() {
        Account admin = Accounts.newAdmin();
        browser.openFrontDoor();
        browser.until(ExpectedConditions.urlContains("/app/login.xhtml"));

        AppShell shell = new SignInPage(browser).signIn(admin.email(), admin.password());

        assertThat(shell.title()).isEqualTo("Dashboard");
        assertThat(shell.hasMenuItem("users")).isTrue();
        // the next click works too: the session was not ended behind the first page
        browser.open("leads.xhtml");
        browser.until(ExpectedConditions.urlContains("/app/leads.xhtml"));
        assertThat(SignInPage.isShown(browser)).isFalse();
    }

    @Test
    void signingInFromAnInnerPageReturnsToThatPage() {
        Account agent = Accounts.agent();
        browser.open("leads.xhtml");
        browser.until(ExpectedConditions.urlContains("/app/login.xhtml"));

        new SignInPage(browser).submit(agent.email(), agent.password());

        browser.until(ExpectedConditions.urlContains("/app/leads.xhtml"));
        assertThat(new AppShell(browser).title()).isEqualTo("Leads");
        assertThat(SignInPage.isShown(browser)).isFalse();
    }

    @Test
    void wrongPasswordShowsAnErrorAndStaysOnTheForm() {
        Account agent = Accounts.agent();

        SignInPage page = SignInPage.open(browser).submit(agent.email(), agent.password() + "-wrong");

        assertThat(page.error()).contains("email or password is wrong");
        assertThat(SignInPage.isShown(browser)).isTrue();
    }

    @Test
    void signOutEndsTheSession() {
        Account agent = Accounts.agent();
        AppShell shell = SignInPage.open(browser).signIn(agent.email(), agent.password());

        shell.signOut();
        browser.open("dashboard.xhtml");

        browser.until(ExpectedConditions.urlContains("/app/login.xhtml"));
        assertThat(SignInPage.isShown(browser)).isTrue();
    }

    @Test
    void deactivatedUserIsThrownOutAtTheNextClick() {
        Account agent = Accounts.agent();
        SignInPage.open(browser).signIn(agent.email(), agent.password());

        Accounts.deactivate(agent);
        browser.open("leads.xhtml");

        browser.until(ExpectedConditions.urlContains("/app/login.xhtml"));
        assertThat(new SignInPage(browser).saysSignedOut()).isTrue();
    }

    @Test
    void anonymousVisitorOfUsersIsSentToSignIn() {
        browser.open("users.xhtml");

        browser.until(ExpectedConditions.urlContains("/app/login.xhtml"));
        assertThat(SignInPage.isShown(browser)).isTrue();
    }

    @Test
    void agentCannotOpenTheUsersScreen() {
        Account agent = Accounts.agent();
        SignInPage.open(browser).signIn(agent.email(), agent.password());

        browser.open("users.xhtml");

        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Not for your account");
        assertThat(browser.present(By.id("users:table"))).isFalse();
    }

    @Test
    void clientGetsAPolitePageInsteadOfAgentScreens() {
        Account client = Accounts.client();

        SignInPage.open(browser).submit(client.email(), client.password());

        browser.until(ExpectedConditions.textToBe(By.tagName("h1"), "Not for your account"));
    }

    @Test
    void attemptsThroughTheApiCountForTheFormToo() {
        Account agent = Accounts.agent();
        // crm.rate-limit.sign-in.per-email is 10 for the tests' profile too
        for (int i = 0; i < 10; i++) {
            Api.requestToken(agent.email(), "not-the-password-" + i);
        }

        SignInPage page = SignInPage.open(browser).submit(agent.email(), agent.password());

        assertThat(page.error()).startsWith("Too many sign-in attempts");
        assertThat(Api.requestToken(agent.email(), agent.password()).status()).isEqualTo(429);
    }
}
