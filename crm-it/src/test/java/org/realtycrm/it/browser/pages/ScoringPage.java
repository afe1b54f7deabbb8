package org.realtycrm.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/**
 * scoring.xhtml (administrators): the scorecard's rules as a table (signal, threshold with its unit, points), the
 * bands, Save, and "Try it". Rows are counted from 0, as the table's inputs are named.
 */
public final class ScoringPage {

    private static final By MESSAGES = By.id("scorecard:messages");
    private static final By ROWS = By.cssSelector(".crm-scoring-rules tbody tr .crm-rule-points");

    private final Browser browser;

    public ScoringPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("scorecard:save")));
    }

    public int ruleCount() {
        return browser.driver().findElements(ROWS).size();
    }

    /** A rule's line as "signal | threshold unit | points", e.g. "equity at least | 50 % | 20". */
    public String rule(int row) {
        String threshold = (value(field(row, "threshold")) + " " + text(By.id(field(row, "unit")))).strip();
        return browser.find(By.id(field(row, "signal") + "_label")).getText() + " | " + threshold + " | "
                + value(field(row, "points"));
    }

    public List<String> rules() {
        return java.util.stream.IntStream.range(0, ruleCount()).mapToObj(this::rule).toList();
    }

    /** Chooses a rule's signal by its words, and waits for its threshold's unit to follow. */
    public ScoringPage signal(int row, String words, String unit) {
        SelectOneMenu.choose(browser, field(row, "signal"), words);
        browser.until(driver -> unit.equals(text(By.id(field(row, "unit")))));
        return this;
    }

    public boolean thresholdEnabled(int row) {
        return browser.find(By.id(field(row, "threshold"))).isEnabled();
    }

    public ScoringPage threshold(int row, String value) {
        type(By.id(field(row, "threshold")), value);
        return this;
    }

    public ScoringPage points(int row, int value) {
        type(By.id(field(row, "points")), String.valueOf(value));
        return this;
    }

    /** Adds an empty line at the end; answers its row. */
    public int addRule() {
        int before = ruleCount();
        browser.find(By.id("scorecard:addRule")).click();
        browser.until(driver -> ruleCount() == before + 1);
        return before;
    }

    /** Removes the last line. */
    public ScoringPage removeLast() {
        int before = ruleCount();
        List<WebElement> remove = browser.driver().findElements(By.cssSelector(".crm-rule-remove"));
        remove.get(remove.size() - 1).click();
        browser.until(driver -> ruleCount() == before - 1);
        return this;
    }

    public ScoringPage bands(int hotFrom, int warmFrom) {
        type(By.id("scorecard:hotFrom"), String.valueOf(hotFrom));
        type(By.id("scorecard:warmFrom"), String.valueOf(warmFrom));
        return this;
    }

    public String hotFrom() {
        return value("scorecard:hotFrom");
    }

    /** Clicks Save; answers the page's message (and any field's error). */
    public String save() {
        return answerTo(By.id("scorecard:save"));
    }

    /** The error shown next to a band ({@code hotFrom}) or a rule's input ({@code rules:1:threshold}). */
    public String fieldError(String input) {
        return browser.find(By.xpath("//*[@id='scorecard:" + input + "']/ancestor::*[self::td or"
                + " contains(@class,'crm-field')][1]//*[contains(@class,'ui-message-error')]")).getText();
    }

    /** Ticks "responded", types the equity, and scores; answers the outcome ("70 points: hot"). */
    public String tryResponderWithEquity(String equityPercent) {
        WebElement responded = browser.find(By.cssSelector("#scorecard\\:tryResponded .ui-chkbox-box"));
        if (!responded.getAttribute("class").contains("ui-state-active")) {
            responded.click();
        }
        type(By.id("scorecard:tryEquity"), equityPercent);
        answerTo(By.id("scorecard:tryIt"));
        return browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".crm-scoring-outcome")))
                .getText();
    }

    private String answerTo(By button) {
        return AjaxAnswer.to(browser, MESSAGES, button);
    }

    private static String field(int row, String input) {
        return "scorecard:rules:" + row + ":" + input;
    }

    private String value(String id) {
        return browser.find(By.id(id)).getAttribute("value");
    }

    private String text(By by) {
        return browser.find(by).getText().strip();
    }

    private void type(By field, String text) {
        WebElement input = browser.find(field);
        input.clear();
        input.sendKeys(text);
    }
}
