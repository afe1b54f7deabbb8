package org.realtycrm.it.browser.pages;

import java.time.LocalDate;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/**
 * reports.xhtml (administrators): the range, the four reports with their charts and CSV links, and the sources'
 * costs. The range and the cost are sent as a page (not ajax): every report and chart is drawn anew.
 */
public final class ReportsPage {

    private static final By SHOW = By.id("range:show");
    private static final By SHOWN = By.id("range:shown");
    private static final By MESSAGES = By.id("range:messages");

    private final Browser browser;

    public ReportsPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(SHOW));
    }

    /** Types both days as a person does, shows the reports; answers the range the page says it shows. */
    public String show(LocalDate from, LocalDate to) {
        typeDate(By.id("range:from_input"), from);
        typeDate(By.id("range:to_input"), to);
        submit(SHOW);
        return browser.until(ExpectedConditions.visibilityOfElementLocated(SHOWN)).getText();
    }

    /** The source ROI table's cells in the source's row: source, leads, contacted, … cost per closing. */
    public List<String> sourceRoi(String source) {
        WebElement row = browser.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[@id='roi:table']//tbody/tr[.//span[contains(@class,'crm-roi-source') and text()='" + source
                        + "']]")));
        return row.findElements(By.tagName("td")).stream().map(cell -> cell.getText().replaceFirst("^.*\\n", ""))
                .toList();
    }

    /** Whether a chart was drawn (a canvas in the chart's box). */
    public boolean drewChart(String form, String chart) {
        return browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + form + "\\:" + chart
                + " canvas"))).isDisplayed();
    }

    /** The address of a report's CSV link. */
    public String csvLink(String form) {
        return browser.find(By.id(form + ":csv")).getAttribute("href");
    }

    /** Enters a source's cost for a month, in dollars; answers the page's message. */
    public String enterCost(String source, String month, String dollars) {
        type(By.id("costs:source"), source);
        type(By.id("costs:month"), month);
        type(By.id("costs:amountCents_input"), dollars);
        submit(By.id("costs:save"));
        return browser.until(ExpectedConditions.visibilityOfElementLocated(MESSAGES)).getText();
    }

    private void type(By field, String text) {
        WebElement input = browser.until(ExpectedConditions.elementToBeClickable(field));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    /** A picker takes what is typed into it once it shows it, its panel closed (it opens from its icon only). */
    private void typeDate(By field, LocalDate date) {
        String typed = date.toString();
        type(field, typed);
        browser.until(driver -> typed.equals(driver.findElement(field).getAttribute("value")));
    }

    private void submit(By button) {
        WebElement clicked = browser.find(button);
        clicked.click();
        browser.until(ExpectedConditions.stalenessOf(clicked));
        new ReportsPage(browser);
    }
}
