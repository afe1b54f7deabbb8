package org.realtycrm.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** The "Texts" section of lead.xhtml: the conversation with the lead both ways, oldest first, and a text to them. */
public final class LeadTextsSection {

    private static final By CONVERSATION = By.id("leadTexts:conversation");
    private static final By LINES = By.cssSelector("#leadTexts\\:conversation .crm-text");
    private static final By BOX = By.id("leadTexts:body");
    private static final By SEND = By.id("leadTexts:send");
    private static final By MESSAGES = By.id("leadTexts:messages");
    private static final By WARNINGS = By.cssSelector("#leadTexts\\:messages .ui-messages-warn");
    private static final By NO_PHONE = By.id("leadTexts:noPhone");

    /**
     * One text as its line shows it.
     *
     * @param status how one of ours fared ("Sent", "Not sent: …"); null for theirs
     */
    public record Line(boolean inbound, String body, String status) {
    }

    private final Browser browser;

    public LeadTextsSection(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(CONVERSATION));
    }

    /** Types the text, clicks Send and waits for the answer; the messages it shows. */
    public String send(String text) {
        type(text);
        return AjaxAnswer.to(browser, MESSAGES, SEND);
    }

    /** The same with a double click on Send, as an impatient agent sends. */
    public String sendByDoubleClick(String text) {
        type(text);
        WebElement before = browser.find(MESSAGES);
        new Actions(browser.driver()).doubleClick(browser.find(SEND)).perform();
        browser.until(ExpectedConditions.stalenessOf(before));
        return browser.find(MESSAGES).getText();
    }

    /** Types the text and sends it with Ctrl+Enter from the box; the messages of the answer. */
    public String sendWithCtrlEnter(String text) {
        type(text);
        WebElement before = browser.find(MESSAGES);
        browser.find(BOX).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.until(ExpectedConditions.stalenessOf(before));
        return browser.find(MESSAGES).getText();
    }

    /** The warnings the last answer showed (a text the compliance gate held back). */
    public List<String> warnings() {
        return browser.driver().findElements(WARNINGS).stream().map(WebElement::getText).toList();
    }

    /** Every text of the conversation, oldest first. */
    public List<Line> lines() {
        return browser.driver().findElements(LINES).stream().map(LeadTextsSection::line).toList();
    }

    /** Waits, without reloading the page, until a text with this body is in the conversation. */
    public LeadTextsSection waitForText(String body) {
        browser.until(driver -> lines().stream().anyMatch(line -> line.body().equals(body)));
        return this;
    }

    /** What the box holds now. */
    public String box() {
        return browser.find(BOX).getAttribute("value");
    }

    /** Whether there is a box to text from. */
    public boolean canText() {
        return browser.present(BOX);
    }

    /** What the section says instead of the box when the lead has no number. */
    public String noPhone() {
        return browser.find(NO_PHONE).getText();
    }

    private void type(String text) {
        WebElement box = browser.find(BOX);
        box.clear();
        box.sendKeys(text);
    }

    private static Line line(WebElement line) {
        List<WebElement> status = line.findElements(By.className("crm-text-status"));
        return new Line(line.getAttribute("class").contains("crm-text-in"),
                line.findElement(By.className("crm-text-body")).getText(),
                status.isEmpty() ? null : status.get(0).getText());
    }
}
