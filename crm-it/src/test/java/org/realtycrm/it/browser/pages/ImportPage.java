package org.realtycrm.it.browser.pages;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** import.xhtml: choose a CSV file, start the import, watch its progress, read the rows left out. */
public final class ImportPage {

    private static final By FILE = By.cssSelector("#upload input[type=file]");
    private static final By STATUS = By.cssSelector(".crm-import-status");

    private final Browser browser;

    public ImportPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.presenceOfElementLocated(FILE));
    }

    /** Picks the file and starts the import; answers once the import's own page shows. */
    public ImportPage importFile(Path csv) {
        browser.find(FILE).sendKeys(csv.toAbsolutePath().toString());
        browser.find(By.id("upload:start")).click();
        browser.until(ExpectedConditions.presenceOfElementLocated(STATUS));
        return this;
    }

    /** Picks the file and starts the import, which the screen refuses with a message. */
    public ImportPage importFileExpectingRefusal(Path csv) {
        browser.find(FILE).sendKeys(csv.toAbsolutePath().toString());
        browser.find(By.id("upload:start")).click();
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#upload\\:messages .ui-messages-error")));
        return this;
    }

    /** Waits, without reloading, until the live progress says the job has finished. */
    public ImportPage awaitFinished() {
        browser.until(driver -> List.of("COMPLETED", "FAILED").contains(driver.findElement(STATUS).getText()));
        return this;
    }

    public String status() {
        return browser.find(STATUS).getText();
    }

    public long count(String which) {
        return Long.parseLong(browser.find(By.cssSelector(".crm-import-" + which)).getText());
    }

    public String progress() {
        return browser.find(By.cssSelector(".crm-import-bar")).getText();
    }

    /** The rows left out, as shown: "line: reason". */
    public List<String> rejects() {
        return browser.driver().findElements(By.cssSelector(".crm-import-rejects tbody tr")).stream()
                .map(row -> cell(row, "crm-reject-line") + ": " + cell(row, "crm-reject-reason"))
                .toList();
    }

    /** The rows left out as they were read from the file, shown as text. */
    public List<String> rejectedRows() {
        return browser.driver().findElements(By.cssSelector(".crm-import-rejects .crm-reject-original")).stream()
                .map(WebElement::getText).toList();
    }

    /** The status the "Recent imports" table shows for a file (its newest import). */
    public String recentStatus(String fileName) {
        return browser.driver().findElements(By.cssSelector(".crm-import-recent tbody tr")).stream()
                .filter(row -> cell(row, "crm-recent-file").equals(fileName))
                .map(row -> cell(row, "crm-recent-status"))
                .findFirst().orElseThrow(() -> new AssertionError(fileName + " is not among the recent imports"));
    }

    /** Where "Download all as CSV" points. */
    public String rejectsDownloadUrl() {
        return browser.find(By.cssSelector("a.crm-import-download")).getAttribute("href");
    }

    public String messages() {
        return browser.find(By.id("upload:messages")).getText();
    }

    private static String cell(WebElement row, String cssClass) {
        // reflow tables print the column title inside the cell on narrow screens: keep only the value
        WebElement cell = row.findElement(By.className(cssClass));
        List<WebElement> title = cell.findElements(By.className("ui-column-title"));
        String text = cell.getText();
        return title.isEmpty() ? text : text.substring(title.get(0).getText().length()).strip();
    }
}
