package org.realtycrm.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** The dashboard's "Today" panel: the caller's overdue tasks, tasks due today and today's appointments. */
public final class TodayPanel {

    private final Browser browser;

    public TodayPanel(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("today")));
    }

    /** The titles listed under "Due today". */
    public List<String> dueToday() {
        return titles("dueToday");
    }

    public List<String> overdue() {
        return titles("overdueTasks");
    }

    private List<String> titles(String list) {
        return browser.driver().findElements(By.cssSelector("#" + list + " .crm-agenda-title")).stream()
                .map(WebElement::getText).toList();
    }
}
