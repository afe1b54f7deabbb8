package org.realtycrm.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** dashboard.xhtml: the cards, the charts and their legends (each a link to the filtered list). */
public final class DashboardPage {

    private final Browser browser;

    public DashboardPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("total")));
    }

    public static DashboardPage open(Browser browser) {
        browser.open("dashboard.xhtml");
        return new DashboardPage(browser);
    }

    /** A card's figure: {@code total}, {@code newToday}, {@code overdue}, {@code contacted}, {@code awaiting}. */
    public long figure(String id) {
        return Long.parseLong(browser.find(By.id(id)).getText().strip());
    }

    public String speedMedian() {
        return browser.find(By.id("speedMedian")).getText();
    }

    /** The legend entries of a chart ({@code byStatus}, {@code byTemperature}, {@code bySource}), as shown. */
    public List<String> legend(String chart) {
        return browser.driver().findElements(By.cssSelector("#" + chart + " li")).stream()
                .map(WebElement::getText).toList();
    }

    /** Whether the charts were drawn (a canvas each). */
    public boolean chartsDrawn() {
        return browser.driver().findElements(By.cssSelector(".crm-chart-box canvas")).size() == 3;
    }

    public LeadsPage openCard(String cardId) {
        browser.find(By.id(cardId)).click();
        return new LeadsPage(browser);
    }

    public LeadsPage openLegend(String chart, String entryStartingWith) {
        browser.driver().findElements(By.cssSelector("#" + chart + " li a")).stream()
                .filter(link -> link.getText().startsWith(entryStartingWith))
                .findFirst().orElseThrow(() -> new AssertionError("no legend entry " + entryStartingWith))
                .click();
        return new LeadsPage(browser);
    }
}
