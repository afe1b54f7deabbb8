package org.realtycrm.it.browser.pages;

import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/**
 * disposition.xhtml, driven from the keyboard as an agent triages: keys go to the page (never into a field), and
 * each key that changes the lead waits until the card has been drawn again.
 */
public final class DispositionPage {

    private static final By CARD = By.id("dispo:card");
    private static final By POSITION = By.id("dispo:position");
    private static final By NAME = By.id("dispo:name");
    private static final By STATUS = By.id("dispo:status");
    private static final By TEMPERATURE = By.id("dispo:temperature");
    private static final By EMPTY = By.id("empty");
    private static final By MESSAGES = By.id("dispo:messages");
    private static final By NOTE = By.id("dispo:noteText");
    private static final By RECENT = By.cssSelector("#recent .crm-activity-summary");
    private static final By RECENT_NOTES = By.cssSelector("#recent .crm-timeline-note");
    private static final By DO_NOT_CALL = By.cssSelector(".crm-dispo-phone .crm-phone-dnc");
    private static final By LEGEND = By.id("legend");

    private final Browser browser;

    public DispositionPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(CARD));
    }

    /** Presses a key that changes what the card shows (J, K, H, W, C, 1–4, the arrows) and waits for the card. */
    public DispositionPage press(CharSequence key) {
        WebElement card = browser.find(CARD);
        new Actions(browser.driver()).sendKeys(key).perform();
        browser.until(ExpectedConditions.stalenessOf(card));
        browser.until(ExpectedConditions.visibilityOfElementLocated(CARD));
        return this;
    }

    /** N, the text, Ctrl+Enter: the note is saved, the card drawn again with it, and the keys are the page's again. */
    public DispositionPage writeNote(String text) {
        new Actions(browser.driver()).sendKeys("n").perform();
        browser.until(driver -> browser.find(NOTE).equals(driver.switchTo().activeElement()));
        WebElement card = browser.find(CARD);
        new Actions(browser.driver()).sendKeys(text).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL)
                .perform();
        browser.until(ExpectedConditions.stalenessOf(card));
        browser.until(driver -> !browser.find(NOTE).equals(driver.switchTo().activeElement()));
        return this;
    }

    /** N, the text, then Esc: the note box is left (unsaved) and the keys are the page's again. */
    public DispositionPage typeNoteAndLeave(String text) {
        new Actions(browser.driver()).sendKeys("n").perform();
        browser.until(driver -> browser.find(NOTE).equals(driver.switchTo().activeElement()));
        new Actions(browser.driver()).sendKeys(text).sendKeys(Keys.ESCAPE).perform();
        browser.until(driver -> !browser.find(NOTE).equals(driver.switchTo().activeElement()));
        return this;
    }

    /** ? shows or hides the legend of keys. */
    public DispositionPage toggleLegend() {
        boolean shown = legendShown();
        new Actions(browser.driver()).sendKeys("?").perform();
        browser.until(driver -> legendShown() != shown);
        return this;
    }

    public boolean legendShown() {
        return browser.find(LEGEND).isDisplayed();
    }

    /** "2 of 3" */
    public String position() {
        return browser.find(POSITION).getText();
    }

    public String name() {
        return browser.find(NAME).getText();
    }

    public String status() {
        return browser.find(STATUS).getText();
    }

    public String temperature() {
        return browser.find(TEMPERATURE).getText();
    }

    public boolean isEmpty() {
        return browser.present(EMPTY);
    }

    public String messages() {
        return browser.find(MESSAGES).getText();
    }

    public String noteBox() {
        return browser.find(NOTE).getAttribute("value");
    }

    /** The summaries of the lead's latest timeline entries, newest first. */
    public List<String> recent() {
        return browser.driver().findElements(RECENT).stream().map(WebElement::getText).toList();
    }

    public List<String> recentNotes() {
        return browser.driver().findElements(RECENT_NOTES).stream().map(WebElement::getText).toList();
    }

    public List<String> doNotCall() {
        return browser.driver().findElements(DO_NOT_CALL).stream().map(WebElement::getText).toList();
    }

    /** Every name of the queue from the lead shown to the last one, pressing J on the way. */
    public List<String> namesToTheEnd() {
        List<String> names = new ArrayList<>(List.of(name()));
        while (place(0) < place(1)) {
            press("j");
            names.add(name());
        }
        return names;
    }

    /** A number of "2 of 3": the place ({@code 0}) or the queue's length ({@code 1}). */
    private int place(int which) {
        return Integer.parseInt(position().split(" of ")[which].replaceAll("\\D.*", ""));
    }
}
