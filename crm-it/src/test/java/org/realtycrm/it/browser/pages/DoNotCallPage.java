package org.realtycrm.it.browser.pages;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** dnc.xhtml (administrators): the lists and their dates, loading a file, checking a number, scrubbing a list. */
public final class DoNotCallPage {

    private static final By LIST_FILE = By.cssSelector("#load input[type=file]");
    private static final By SCRUB_FILE = By.cssSelector("#scrub input[type=file]");

    private final Browser browser;

    public DoNotCallPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("load:start")));
    }

    /** Loads a file into a list with its download day (yyyy-MM-dd); answers the page's message. */
    public String load(String list, String dataDate, Path file) {
        WebElement listField = browser.find(By.id("load:list"));
        listField.clear();
        listField.sendKeys(list);
        WebElement date = browser.find(By.id("load:dataDate_input"));
        date.clear();
        date.sendKeys(dataDate);
        browser.find(LIST_FILE).sendKeys(file.toAbsolutePath().toString());
        return submitWholePage(By.id("load:start"));
    }

    /** The numbers each loaded list holds, by list name. */
    public List<String> lists() {
        return browser.driver().findElements(By.cssSelector(".crm-dnc-lists tbody tr")).stream()
                .map(row -> row.findElement(By.className("crm-dnc-list")).getText() + " "
                        + row.findElement(By.className("crm-dnc-numbers")).getText())
                .toList();
    }

    /** Types a number, checks it, answers the verdict shown. */
    public String check(String phone) {
        WebElement field = browser.find(By.id("number:phone"));
        field.clear();
        field.sendKeys(phone);
        return answerTo(By.id("number:check"));
    }

    /** Puts the typed number on the company's list with who asked; answers the verdict shown afterwards. */
    public String doNotCall(String phone, String source) {
        WebElement field = browser.find(By.id("number:phone"));
        field.clear();
        field.sendKeys(phone);
        browser.find(By.id("number:source")).sendKeys(source);
        return answerTo(By.id("number:add"));
    }

    /** Scrubs a CSV file under a name; answers the page's message. */
    public String scrub(String name, Path csv) {
        browser.find(By.id("scrub:name")).sendKeys(name);
        browser.find(SCRUB_FILE).sendKeys(csv.toAbsolutePath().toString());
        return submitWholePage(By.id("scrub:start"));
    }

    /** The newest scrub's row: name, callable, suppressed and reasons. */
    public String newestScrub() {
        return browser.find(By.cssSelector(".crm-dnc-scrubs tbody tr:first-child")).getText();
    }

    public String newestScrubDownload() {
        return browser.find(By.cssSelector(".crm-dnc-scrubs tbody tr:first-child .crm-dnc-download"))
                .getAttribute("href");
    }

    /** Clicks a button of the number form and waits for the verdict its answer shows (the form is rendered anew). */
    private String answerTo(By button) {
        // the answer renders the form anew: the old phone field going stale says it has arrived
        WebElement oldField = browser.find(By.id("number:phone"));
        browser.find(button).click();
        browser.until(ExpectedConditions.stalenessOf(oldField));
        return browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("number:verdict"))).getText();
    }

    /** Submits an upload form (a whole-page post) and waits for the new page's message. */
    private String submitWholePage(By button) {
        WebElement page = browser.find(By.tagName("html"));
        browser.find(button).click();
        browser.until(ExpectedConditions.stalenessOf(page));
        return message();
    }

    private String message() {
        return browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#messages .ui-messages-info, #messages .ui-messages-error, .ui-message-error"))).getText();
    }
}
