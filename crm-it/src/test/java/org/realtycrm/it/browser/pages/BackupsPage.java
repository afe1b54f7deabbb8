package org.realtycrm.it.browser.pages;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.realtycrm.it.browser.Browser;

/** backups.xhtml (administrators): the last successful backup, "Back up now", and the history. */
public final class BackupsPage {

    private static final By NOW = By.id("backups:now");
    private static final By STATUSES = By.cssSelector(".crm-backups .crm-backup-status");
    private static final By NEWEST_STATUS = By.cssSelector(".crm-backups tbody tr:first-child .crm-backup-status");

    private final Browser browser;

    public BackupsPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(NOW));
    }

    public String lastSucceeded() {
        return browser.find(By.className("crm-backup-last")).getText();
    }

    /** Clicks "Back up now"; the page follows the backup by itself until it has finished. Answers its status. */
    public String backUpNow() {
        int before = browser.driver().findElements(STATUSES).size();
        browser.find(NOW).click();
        browser.until(driver -> driver.findElements(STATUSES).size() > before);
        // a backup takes longer than a page's usual answer: the page polls every 5 s until it has finished
        return new WebDriverWait(browser.driver(), Duration.ofMinutes(3))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    String status = driver.findElement(NEWEST_STATUS).getText();
                    return status.equals("RUNNING") ? null : status;
                });
    }

    public String newestKey() {
        return browser.find(By.cssSelector(".crm-backups tbody tr:first-child .crm-backup-key")).getText();
    }
}
