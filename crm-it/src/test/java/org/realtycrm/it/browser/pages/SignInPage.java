package org.realtycrm.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** login.xhtml */
public final class SignInPage {

    static final By EMAIL = By.id("signIn:email");
    private static final By PASSWORD = By.id("signIn:password");
    private static final By SUBMIT = By.id("signIn:submit");
    private static final By ERROR = By.cssSelector("#signIn\\:messages .ui-messages-error");
    private static final By ENDED = By.id("ended");

    private final Browser browser;

    public SignInPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(EMAIL));
    }

    /**
     * Opens the sign-in form as a person does: at the front door ({@code /}), which sends them to {@code /app/} and
     * on to the form; signing in then takes them back to {@code /app/}, the path users take.
     */
    public static SignInPage open(Browser browser) {
        browser.openFrontDoor();
        return new SignInPage(browser);
    }

    /** Signs in and waits for the signed-in page. */
    public AppShell signIn(String email, String password) {
        submit(email, password);
        return new AppShell(browser);
    }

    /** Submits the form, whatever the outcome. */
    public SignInPage submit(String email, String password) {
        browser.find(EMAIL).clear();
        browser.find(EMAIL).sendKeys(email);
        browser.find(PASSWORD).clear();
        browser.find(PASSWORD).sendKeys(password);
        browser.find(SUBMIT).click();
        return this;
    }

    public String error() {
        return browser.until(ExpectedConditions.visibilityOfElementLocated(ERROR)).getText();
    }

    public boolean saysSignedOut() {
        return browser.present(ENDED);
    }

    /** Whether the browser shows the sign-in form now. */
    public static boolean isShown(Browser browser) {
        return browser.present(EMAIL);
    }
}
