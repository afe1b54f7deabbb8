package org.realtycrm.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** intake.xhtml (administrators): the sources of inbound leads, a new one's key and secret, rotation, deactivation. */
public final class IntakePage {

    private static final By NEW = By.id("intake:new");
    private static final By MESSAGES = By.id("intake:messages");

    private final Browser browser;

    public IntakePage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(NEW));
    }

    /** Adds a source through the dialog; answers the page's message. */
    public String add(String name, String leadSource) {
        browser.find(NEW).click();
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("create:name"))).sendKeys(name);
        browser.find(By.id("create:leadSource")).sendKeys(leadSource);
        return AjaxAnswer.to(browser, MESSAGES, By.id("create:save"));
    }

    /** The key and secret on show after an addition or a rotation, or an empty list. */
    public List<String> shownKeyAndSecret() {
        if (!browser.present(By.id("intake:shownSecret"))) {
            return List.of();
        }
        return List.of(browser.find(By.id("intake:shownKey")).getAttribute("value"),
                browser.find(By.id("intake:shownSecret")).getAttribute("value"));
    }

    public IntakePage dismissSecret() {
        WebElement secret = browser.find(By.id("intake:shownSecret"));
        browser.find(By.id("intake:dismiss")).click();
        browser.until(ExpectedConditions.stalenessOf(secret));
        return this;
    }

    /** The status shown for the source of this name. */
    public String status(String name) {
        return row(name).findElement(By.className("crm-intake-status")).getText();
    }

    /** Deactivates the source of this name, confirming; answers the page's message. */
    public String deactivate(String name) {
        WebElement before = browser.find(MESSAGES);
        row(name).findElement(By.className("crm-intake-deactivate")).click();
        browser.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".crm-confirm-yes"))).click();
        browser.until(ExpectedConditions.stalenessOf(before));
        return browser.find(MESSAGES).getText();
    }

    private WebElement row(String name) {
        return browser.find(By.xpath("//tbody//tr[.//span[contains(@class,'crm-intake-name') and text()='" + name
                + "']]"));
    }
}
