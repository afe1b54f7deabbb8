package org.realtycrm.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/**
 * routing.xhtml (administrators): the routing rules in order, the rule dialog (its inputs named as the rule's fields),
 * the rule test, and the teams and ponds.
 */
public final class RoutingPage {

    private static final By ADD_RULE = By.id("rules:addRule");
    private static final By MESSAGES = By.id("rules:messages");
    private static final By TEST_SOURCE = By.id("ruleTest:source");
    private static final By TEST_RUN = By.id("ruleTest:run");
    private static final By GOES_TO = By.id("ruleTest:goesTo");
    private static final By PASSED_OVER = By.cssSelector("#ruleTest .crm-rule-passed-over li");

    private final Browser browser;

    public RoutingPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(ADD_RULE));
    }

    /**
     * Adds a rule through the dialog that sends the leads of one source to one agent, chosen by name; answers the
     * page's message (and any field's error).
     */
    public String addRule(String name, String source, String agentName) {
        browser.find(ADD_RULE).click();
        WebElement nameInput = browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("rule:name")));
        nameInput.clear();
        nameInput.sendKeys(name);
        browser.find(By.id("rule:sources")).sendKeys(source);
        // "An agent" is the target a new rule starts with
        SelectOneMenu.choose(browser, "rule:targetId", agentName);
        return AjaxAnswer.to(browser, MESSAGES, By.id("rule:save"));
    }

    /** The rule's conditions as its row says them, e.g. "source Zillow". */
    public String conditions(String ruleName) {
        return row(ruleName).findElement(By.className("crm-rule-conditions")).getText();
    }

    /** Where the rule's row says its leads go, e.g. "Agent Ana Lopez". */
    public String target(String ruleName) {
        return row(ruleName).findElement(By.className("crm-rule-target")).getText();
    }

    /** Runs the rule test for a lead from this source (nothing else known); answers "Goes to …". */
    public String test(String source) {
        WebElement input = browser.find(TEST_SOURCE);
        input.clear();
        input.sendKeys(source);
        WebElement button = browser.find(TEST_RUN);
        button.click();
        // the test renders its form anew, the answer in it
        browser.until(ExpectedConditions.stalenessOf(button));
        return browser.until(ExpectedConditions.visibilityOfElementLocated(GOES_TO)).getText();
    }

    /** The rules the last test passed over, each with why. */
    public List<String> passedOver() {
        return browser.driver().findElements(PASSED_OVER).stream().map(WebElement::getText).toList();
    }

    private WebElement row(String ruleName) {
        return browser.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'crm-routing-rules')]//tbody/tr[.//span[contains(@class,'crm-rule-name')"
                        + " and text()='" + ruleName + "']]")));
    }
}
