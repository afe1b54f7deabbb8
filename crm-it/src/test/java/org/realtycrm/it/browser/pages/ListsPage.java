package org.realtycrm.it.browser.pages;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/**
 * lists.xhtml (administrators): the tabs Sources (with "Upload a list"), Mappings (with the preview), Criteria and
 * Lists received (refreshed every few seconds while a run is going).
 */
public final class ListsPage {

    private static final By MESSAGES = By.id("messages");
    private static final By PULL_ROWS = By.cssSelector(".crm-list-pulls tbody tr");

    private final Browser browser;

    public ListsPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".crm-tab-sources")));
    }

    /** Saves new criteria that keep the rows of these ZIPs (comma-separated); answers the page's message. */
    public String addCriteria(String name, String zips) {
        show("criteria", By.id("tabs:criterion:name"));
        type(By.id("tabs:criterion:name"), name);
        type(By.id("tabs:criterion:zips"), zips);
        return answerTo(By.id("tabs:criterion:save"));
    }

    /** Starts a new mapping and chooses its style, which fills the headers in. */
    public ListsPage newMapping(String name, String style) {
        show("mappings", By.id("tabs:mapping:name"));
        type(By.id("tabs:mapping:name"), name);
        SelectOneMenu.choose(browser, "tabs:mapping:style", style);
        // the style's headers arrive with the answer: every style but CUSTOM names the owner's last name
        browser.until(driver -> !header("ownerLastName").isEmpty());
        return this;
    }

    /** The header the mapping form shows for a field, by its key ({@code propertyStreet}); "" when empty. */
    public String header(String fieldKey) {
        return browser.find(By.cssSelector("#tabs\\:mapping input[data-field='" + fieldKey + "']"))
                .getAttribute("value");
    }

    public String saveMapping() {
        return answerTo(By.id("tabs:mapping:save"));
    }

    /** Previews a file through a saved mapping and criteria; answers the page's message. */
    public String preview(String mapping, String criteria, Path csv) {
        show("mappings", By.id("tabs:preview:start"));
        SelectOneMenu.choose(browser, "tabs:preview:mappingId", mapping);
        SelectOneMenu.choose(browser, "tabs:preview:criteriaId", criteria);
        browser.find(By.cssSelector("#tabs\\:preview input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
        return submitWholePage(By.id("tabs:preview:start"));
    }

    /** The preview's rows as "line owner | kept | rejected reason". */
    public List<String> previewLines() {
        return browser.driver().findElements(By.cssSelector(".crm-preview-lines tbody tr")).stream()
                .map(row -> text(row, "crm-preview-line") + " " + text(row, "crm-preview-owner") + " | "
                        + text(row, "crm-preview-kept") + " | " + text(row, "crm-preview-rejected"))
                .toList();
    }

    /** Saves a new UPLOAD source reading its files through the mapping, kept by the criteria, traced from the file. */
    public String addUploadSource(String name, String mapping, String criteria) {
        show("sources", By.id("tabs:source:name"));
        type(By.id("tabs:source:name"), name);
        SelectOneMenu.choose(browser, "tabs:source:kind", "UPLOAD");
        SelectOneMenu.choose(browser, "tabs:source:mappingId", mapping);
        SelectOneMenu.choose(browser, "tabs:source:criteriaId", criteria);
        SelectOneMenu.choose(browser, "tabs:source:traceWith", "FILE: the phone and email columns of the file");
        return answerTo(By.id("tabs:source:save"));
    }

    /** The source's row in the table: name, kind, mapping, criteria. */
    public String source(String name) {
        WebElement row = browser.find(By.xpath("//table//tr[.//span[contains(@class,'crm-source-name') and text()='"
                + name + "']]"));
        return text(row, "crm-source-name") + " " + text(row, "crm-source-kind") + " "
                + text(row, "crm-source-mapping") + " " + text(row, "crm-source-criteria");
    }

    /** Uploads a list to a source with its row's "Upload a list"; answers the page's message. */
    public String upload(String source, Path csv) {
        show("sources", By.id("tabs:upload:start"));
        WebElement row = browser.find(By.xpath("//table//tr[.//span[contains(@class,'crm-source-name') and text()='"
                + source + "']]"));
        WebElement form = browser.find(By.id("tabs:upload"));
        row.findElement(By.className("crm-source-upload")).click();
        // the form is rendered anew with the source chosen
        browser.until(ExpectedConditions.stalenessOf(form));
        browser.until(driver -> source.equals(driver.findElement(By.id("tabs:upload:sourceId_label")).getText()));
        browser.find(By.cssSelector("#tabs\\:upload input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
        return submitWholePage(By.id("tabs:upload:start"));
    }

    /**
     * Waits, without reloading the page (it reads the lists again every few seconds while a run is going), until
     * the list's run has ended; answers its status.
     */
    public String awaitPullEnded(String fileName) {
        return browser.until(driver -> {
            String status = pullCell(fileName, "crm-pull-status");
            return "DONE".equals(status) || "FAILED".equals(status) ? status : null;
        });
    }

    /** One of a list's counts: {@code read}, {@code kept}, {@code filtered} (left out), {@code rejected}. */
    public long pullCount(String fileName, String count) {
        return Long.parseLong(browser.until(driver -> pullCell(fileName, "crm-pull-" + count)));
    }

    public String pullError(String fileName) {
        return browser.until(driver -> pullCell(fileName, "crm-pull-error"));
    }

    /** Where the list's "Rejects (CSV)" link points. */
    public String rejectsDownloadUrl(String fileName) {
        return browser.until(driver -> {
            WebElement row = pullRow(fileName);
            return row == null ? null : row.findElement(By.className("crm-pull-rejects")).getAttribute("href");
        });
    }

    /** Shows the list's kept owners; answers each as "line owner | mailing address | trace | phones | emails". */
    public List<String> owners(String fileName) {
        open(fileName);
        browser.until(driver -> !driver.findElements(By.cssSelector(".crm-pull-owner-rows .crm-owner-line")).isEmpty());
        return browser.until(driver -> driver.findElements(By.cssSelector(".crm-pull-owner-rows tbody tr")).stream()
                .map(row -> text(row, "crm-owner-line") + " " + text(row, "crm-owner-name") + " | "
                        + text(row, "crm-owner-mailing") + " | " + text(row, "crm-owner-trace") + " | "
                        + text(row, "crm-owner-phones") + " | " + text(row, "crm-owner-emails") + " | "
                        + text(row, "crm-owner-lead"))
                .toList());
    }

    /**
     * Opens the list; answers its run step by step, each as "step | state | in | out | rejected | suppressed | also"
     * (a figure the step does not have is empty).
     */
    public List<String> runSteps(String fileName) {
        open(fileName);
        return browser.until(driver -> driver.findElements(By.cssSelector(".crm-pull-steps tbody tr")).stream()
                .map(row -> String.join(" | ", text(row, "crm-step-name"), text(row, "crm-step-state"),
                        text(row, "crm-step-in"), text(row, "crm-step-out"), text(row, "crm-step-rejected"),
                        text(row, "crm-step-suppressed"), text(row, "crm-step-details")))
                .toList());
    }

    /** Where the opened list's run links its scrub's suppressions. */
    public String runSuppressionsUrl() {
        return browser.find(By.cssSelector(".crm-pull-steps a.crm-step-suppressions")).getAttribute("href");
    }

    /** Records a file of responses to the shown list (a whole-page post); answers the messages. */
    public String recordResponses(Path csv) {
        browser.find(By.cssSelector("#tabs\\:responses input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
        return submitWholePage(By.id("tabs:responses:record"));
    }

    /** The shown list's responses the file could not place: "line: reason". */
    public List<String> unrecordedResponses() {
        return browser.driver().findElements(By.cssSelector(".crm-responses-rejected tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText)
                        .map(String::strip).reduce((a, b) -> a + ": " + b).orElse(""))
                .toList();
    }

    /** The owner's lead as the owners table links it: the lead page's address. */
    public String ownerLeadUrl(int row) {
        return browser.driver().findElements(By.cssSelector(".crm-pull-owner-rows tbody tr")).get(row)
                .findElement(By.cssSelector("a.crm-owner-lead")).getAttribute("href");
    }

    /** Writes the shown list's file for a platform (its label, e.g. DIRECT_MAIL); answers the messages. */
    public String writeExport(String platform) {
        SelectOneMenu.choose(browser, "tabs:received:platform", platform);
        return answerTo(By.cssSelector(".crm-export-write"));
    }

    /** Where the newest file of the platform links to, once the table shows it. */
    public String exportDownloadUrl(String platform) {
        return browser.until(driver -> driver.findElements(By.cssSelector(".crm-pull-exports tbody tr")).stream()
                .filter(row -> text(row, "crm-export-platform-name").equals(platform)).findFirst()
                .map(row -> row.findElement(By.className("crm-export-download")).getAttribute("href")).orElse(null));
    }

    /**
     * Clicks a tab's title and waits for an element of the tab to show. The title is brought to the middle of the
     * window first, as a person scrolls to it: scrolled to the very top, it would sit under the fixed menu bar.
     */
    private void show(String tab, By shown) {
        WebElement title = browser.find(By.cssSelector(".crm-tab-" + tab + " a"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", title);
        title.click();
        browser.until(ExpectedConditions.visibilityOfElementLocated(shown));
    }

    /** Clicks an ajax button whose answer renders the messages anew; answers them (and any field's error). */
    private String answerTo(By button) {
        return AjaxAnswer.to(browser, MESSAGES, button);
    }

    /** Submits an upload form (a whole-page post) and waits for the new page's messages. */
    private String submitWholePage(By button) {
        WebElement page = browser.find(By.tagName("html"));
        browser.find(button).click();
        browser.until(ExpectedConditions.stalenessOf(page));
        return browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#messages .ui-messages-info, #messages .ui-messages-error, .ui-message-error"))).getText();
    }

    /** Opens the list (its run, owners and files) and waits until they show. */
    private void open(String fileName) {
        browser.until(driver -> {
            WebElement row = pullRow(fileName);
            if (row == null) {
                return false;
            }
            row.findElement(By.className("crm-pull-show-owners")).click();
            return true;
        });
        browser.until(driver -> driver.findElement(By.id("tabs:received:owners")).getText().contains(fileName));
    }

    /** A cell of the list's row, or {@code null} while the table does not show the list (a wait asks again). */
    private String pullCell(String fileName, String cssClass) {
        WebElement row = pullRow(fileName);
        return row == null ? null : text(row, cssClass);
    }

    private WebElement pullRow(String fileName) {
        return browser.driver().findElements(PULL_ROWS).stream()
                .filter(row -> text(row, "crm-pull-file").equals(fileName)).findFirst().orElse(null);
    }

    private void type(By field, String text) {
        WebElement input = browser.find(field);
        input.clear();
        input.sendKeys(text);
    }

    /** The text of a cell's value element; "" when the row has none (an empty value renders no element). */
    private static String text(WebElement row, String cssClass) {
        List<WebElement> found = row.findElements(By.className(cssClass));
        return found.isEmpty() ? "" : found.get(0).getText().strip();
    }
}
