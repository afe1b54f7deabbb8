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
        browser.find(By.id("load:start")).click();
        return message();
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
        browser.find(By.id("number:check")).click();
        return browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("number:verdict"))).getText();
    }

    /** Puts the typed number on the company's list with who asked; answers the verdict shown afterwards. */
    public String doNotCall(String phone, String source) {
        WebElement field = browser.find(By.id("number:phone"));
        field.clear();
        field.sendKeys(phone);
        browser.find(By.id("number:source")).sendKeys(source);
        browser.find(By.id("number:add")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("number:verdict"), "do not call"));
        return browser.find(By.id("number:verdict")).getText();
    }

    /** Scrubs a CSV file under a name; answers the page's message. */
    public String scrub(String name, Path csv) {
        browser.find(By.id("scrub:name")).sendKeys(name);
        browser.find(SCRUB_FILE).sendKeys(csv.toAbsolutePath().toString());
        browser.find(By.id("scrub:start")).click();
        return message();
    }

    /** The newest scrub's row: name, callable, suppressed and reasons. */
    public String newestScrub() {
        return browser.find(By.cssSelector(".crm-dnc-scrubs tbody tr:first-child")).getText();
    }

    public String newestScrubDownload() {
        return browser.find(By.cssSelector(".crm-dnc-scrubs tbody tr:first-child .crm-dnc-download"))
                .getAttribute("href");
    }

    private String message() {
        return browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#messages .ui-messages-info, #messages .ui-messages-error, .ui-message-error"))).getText();
    }
}
