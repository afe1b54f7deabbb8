package org.realtycrm.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** mls-feeds.xhtml (administrators): the feeds table, its row actions, the add/edit dialog and a feed's history. */
public final class FeedsPage {

    private static final By NEW = By.id("feeds:new");
    private static final By DIALOG = By.id("feedDialog");

    private final Browser browser;

    public FeedsPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(NEW));
    }

    /** Opens the dialog for a new feed and fills it; the kind stays RESO Web API. */
    public FeedsPage fillNewFeed(String name, String baseUrl, String secretRef, String options) {
        if (!browser.find(By.id("feed:name")).isDisplayed()) {
            browser.find(NEW).click();
        }
        type(browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("feed:name"))), name);
        type(browser.find(By.id("feed:baseUrl")), baseUrl);
        type(browser.find(By.id("feed:secretRef")), secretRef);
        type(browser.find(By.id("feed:options")), options);
        return this;
    }

    /** Clicks "Save" and waits for the answer: the dialog closes, or shows field errors. */
    public FeedsPage save() {
        List<WebElement> earlier = browser.driver().findElements(By.cssSelector("#feed .ui-message-error"));
        browser.find(By.id("feed:save")).click();
        if (!earlier.isEmpty()) {
            browser.until(ExpectedConditions.stalenessOf(earlier.get(0)));
        }
        browser.until(ExpectedConditions.or(ExpectedConditions.invisibilityOfElementLocated(DIALOG),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#feed .ui-message-error"))));
        return this;
    }

    /** The message next to a field of the dialog ({@code baseUrl}, {@code options}, ...). */
    public String fieldError(String field) {
        return browser.find(By.xpath("//input[@id='feed:" + field + "'] /following-sibling::*[contains(@class,"
                + "'ui-message')] | //textarea[@id='feed:" + field + "']/following-sibling::*[contains(@class,"
                + "'ui-message')]")).getText();
    }

    public String state(String name) {
        return row(name).findElement(By.className("crm-feed-state")).getText();
    }

    /** Shows the feed's history, refreshed until its newest run has {@code status}; answers that run's "New" count. */
    public int awaitRun(String name, String status) {
        return browser.until(driver -> {
            // the row as it is before the refresh: looked up after the click, it could already be the new one
            WebElement before = row(name);
            browser.find(By.id("feeds:refresh")).click();
            browser.until(ExpectedConditions.stalenessOf(before));
            row(name).findElement(By.className("crm-history")).click();
            // the history shows (empty before the first run starts); then its newest run is read
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".crm-feed-runs")));
            List<WebElement> statuses = driver.findElements(By.cssSelector(".crm-feed-runs .crm-run-status"));
            if (!statuses.isEmpty() && status.equals(statuses.get(0).getText())) {
                return Integer.parseInt(browser.find(By.cssSelector(".crm-feed-runs .crm-run-created")).getText());
            }
            return null;
        });
    }

    /** Clicks "Reload all" on the feed's row, confirms it in the dialog, and waits for the row to say so. */
    public FeedsPage reloadAll(String name) {
        row(name).findElement(By.className("crm-reload")).click();
        browser.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".crm-confirm-yes"))).click();
        browser.until(driver -> !row(name).findElements(By.className("crm-reload-requested")).isEmpty()
                || driver.getPageSource().contains("Reloading " + name));
        return this;
    }

    private WebElement row(String name) {
        return browser.find(By.xpath("//tr[.//span[contains(@class,'crm-feed-name') and text()='" + name + "']]"));
    }

    private static void type(WebElement input, String text) {
        input.clear();
        if (text != null) {
            input.sendKeys(text);
        }
    }
}
