package org.realtycrm.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/**
 * api-clients.xhtml (administrators): the RESO Web API's clients, a new one's client id and secret with the token and
 * service URLs, secret replacement, deactivation.
 */
public final class ApiClientsPage {

    private static final By NEW = By.id("apiClients:new");
    private static final By MESSAGES = By.id("apiClients:messages");
    private static final By SHOWN_CLIENT_ID = By.id("apiClients:shownClientId");
    private static final By SHOWN_SECRET = By.id("apiClients:shownSecret");
    private static final By TOKEN_URL = By.id("apiClients:tokenUrl");
    private static final By SERVICE_URL = By.id("apiClients:serviceUrl");
    private static final By SECRET_PANEL = By.id("apiClients:secret");
    private static final By CONFIRM_YES = By.cssSelector(".crm-confirm-yes");

    private final Browser browser;

    public ApiClientsPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(NEW));
    }

    /** Issues a client through the dialog; answers the page's message and any error next to the name. */
    public String issue(String name) {
        browser.find(NEW).click();
        WebElement field = browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("create:name")));
        field.clear();
        field.sendKeys(name);
        return AjaxAnswer.to(browser, MESSAGES, By.id("create:save"));
    }

    /** The client id and secret on show after an issue or a replacement, or an empty list. */
    public List<String> shownClientIdAndSecret() {
        if (!browser.present(SHOWN_SECRET)) {
            return List.of();
        }
        return List.of(browser.find(SHOWN_CLIENT_ID).getAttribute("value"),
                browser.find(SHOWN_SECRET).getAttribute("value"));
    }

    /** The token URL and the service URL the secret's panel gives the integrator. */
    public List<String> shownUrls() {
        return List.of(browser.find(TOKEN_URL).getAttribute("value"),
                browser.find(SERVICE_URL).getAttribute("value"));
    }

    /** The text of the secret's panel (what it tells the admin). */
    public String secretPanelText() {
        return browser.find(SECRET_PANEL).getText();
    }

    public ApiClientsPage dismissSecret() {
        WebElement secret = browser.find(SHOWN_SECRET);
        browser.find(By.id("apiClients:dismiss")).click();
        browser.until(ExpectedConditions.stalenessOf(secret));
        return this;
    }

    /** The client id shown in the row of the client of this name. */
    public String clientId(String name) {
        return row(name).findElement(By.className("crm-api-client-id")).getText();
    }

    /** The status shown for the client of this name ("Active", "Deactivated"). */
    public String status(String name) {
        return row(name).findElement(By.className("crm-api-client-status")).getText();
    }

    /** When the client of this name last got a token, or "never". */
    public String lastToken(String name) {
        return row(name).findElement(By.className("crm-api-client-last-token")).getText();
    }

    /** Whether the row of the client of this name offers replacing its secret and deactivating it. */
    public boolean hasActions(String name) {
        WebElement row = row(name);
        return !row.findElements(By.className("crm-api-client-rotate")).isEmpty()
                || !row.findElements(By.className("crm-api-client-deactivate")).isEmpty();
    }

    /** Replaces the secret of the client of this name, confirming; answers the page's message. */
    public String replaceSecret(String name) {
        return confirmed(row(name).findElement(By.className("crm-api-client-rotate")));
    }

    /** Deactivates the client of this name, confirming; answers the page's message. */
    public String deactivate(String name) {
        return confirmed(row(name).findElement(By.className("crm-api-client-deactivate")));
    }

    private String confirmed(WebElement button) {
        WebElement before = browser.find(MESSAGES);
        button.click();
        browser.until(ExpectedConditions.elementToBeClickable(CONFIRM_YES)).click();
        browser.until(ExpectedConditions.stalenessOf(before));
        return browser.find(MESSAGES).getText();
    }

    private WebElement row(String name) {
        return browser.find(By.xpath("//tbody//tr[.//span[contains(@class,'crm-api-client-name') and text()='" + name
                + "']]"));
    }
}
