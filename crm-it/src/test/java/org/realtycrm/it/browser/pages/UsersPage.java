package org.realtycrm.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** users.xhtml (administrators): the filtered table, the row actions and the create dialog. */
public final class UsersPage {

    private static final By FILTER = By.id("users:text");
    private static final By MESSAGES = By.id("users:messages");

    private final Browser browser;

    public UsersPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(FILTER));
    }

    public static UsersPage open(Browser browser) {
        browser.open("users.xhtml");
        return new UsersPage(browser);
    }

    /** Filters by name or email and waits until the user's row shows. */
    public UsersPage find(String email) {
        browser.find(FILTER).clear();
        browser.find(FILTER).sendKeys(email);
        browser.until(driver -> driver.findElements(By.cssSelector("tr[data-ri]")).size() == 1
                && !driver.findElements(rowOf(email)).isEmpty());
        return this;
    }

    public String role(String email) {
        return cell(email, "crm-user-role");
    }

    public String status(String email) {
        return cell(email, "crm-user-status");
    }

    public UsersPage changeRole(String email, String role) {
        row(email).findElement(By.cssSelector(".crm-change-role button")).click();
        browser.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.crm-make-" + role))).click();
        browser.until(driver -> role.equals(role(email)));
        return this;
    }

    /** Clicks "Deactivate"; the caller checks the outcome (it may be refused). */
    public UsersPage deactivate(String email) {
        WebElement button = row(email).findElement(By.cssSelector(".crm-deactivate"));
        button.click();
        browser.until(ExpectedConditions.or(ExpectedConditions.stalenessOf(button),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#users\\:messages .ui-messages-error"))));
        return this;
    }

    public String messages() {
        return browser.find(MESSAGES).getText();
    }

    public UsersPage fillNewUser(String email, String name, String role, String password) {
        if (!browser.find(By.id("create:email")).isDisplayed()) {
            // after refused input the dialog is still open, and its modal mask covers the "New user" button
            browser.find(By.id("users:new")).click();
        }
        WebElement emailInput = browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("create:email")));
        type(emailInput, email);
        type(browser.find(By.id("create:name")), name);
        browser.find(By.id("create:role")).click();
        browser.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#create\\:role_items li[data-label='" + role + "']"))).click();
        type(browser.find(By.id("create:password")), password);
        return this;
    }

    /** Clicks "Create" and waits for the dialog's answer: it closes, or shows field errors. */
    public UsersPage save() {
        // a message from an earlier attempt is replaced by the answer to this one: wait for the replacement
        List<WebElement> earlier = browser.driver().findElements(By.cssSelector("#create .ui-message-error"));
        browser.find(By.id("create:save")).click();
        if (!earlier.isEmpty()) {
            browser.until(ExpectedConditions.stalenessOf(earlier.get(0)));
        }
        browser.until(ExpectedConditions.or(
                ExpectedConditions.invisibilityOfElementLocated(By.id("createDialog")),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#create .ui-message-error"))));
        return this;
    }

    /** The message next to a field of the create dialog ({@code email}, {@code name}, {@code password}). */
    public String fieldError(String field) {
        return browser.find(By.id("create:" + field + "Message")).getText();
    }

    private static By rowOf(String email) {
        return By.xpath("//tr[.//span[contains(@class,'crm-user-email') and text()='" + email + "']]");
    }

    private WebElement row(String email) {
        return browser.find(rowOf(email));
    }

    private String cell(String email, String cssClass) {
        return row(email).findElement(By.className(cssClass)).getText();
    }

    private static void type(WebElement input, String text) {
        input.clear();
        if (text != null) {
            input.sendKeys(text);
        }
    }
}
