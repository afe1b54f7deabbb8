package org.realtycrm.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** property.xhtml: a listing's photos, facts, history, linked leads and "link to a lead". */
public final class ListingPage {

    private static final By FACTS = By.id("facts");
    private static final By PHOTOS = By.cssSelector(".crm-gallery img.crm-photo");
    private static final By HISTORY = By.cssSelector("#history tbody tr[data-ri]");
    private static final By LEADS = By.cssSelector("#linkForm\\:leads tbody tr[data-ri]");
    private static final By LEAD_INPUT = By.id("linkForm:lead_input");
    private static final By SUGGESTIONS = By.cssSelector("#linkForm\\:lead_panel li.ui-autocomplete-item");
    private static final By MESSAGES = By.id("linkForm:messages");

    private final Browser browser;

    public ListingPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(FACTS));
    }

    public static ListingPage open(Browser browser, long id) {
        browser.open("property.xhtml?id=" + id);
        return new ListingPage(browser);
    }

    public String title() {
        return browser.find(By.cssSelector("h1.crm-title")).getText();
    }

    /** The value next to a fact's label, e.g. {@code fact("Price")} → {@code $525,000}. */
    public String fact(String label) {
        return browser.find(By.xpath("//dl[@id='facts']/dt[normalize-space()='" + label
                + "']/following-sibling::dd[1]")).getText();
    }

    /** Each history row's cells, joined by " | ": when | what | from | to. */
    public List<String> history() {
        return rows(HISTORY);
    }

    /** How many of the gallery's photos the browser loaded, once it has loaded at least one. */
    public long loadedPhotos() {
        browser.until(driver -> loaded() > 0);
        return loaded();
    }

    private long loaded() {
        return browser.driver().findElements(PHOTOS).stream()
                .filter(img -> "true".equals(img.getDomProperty("complete"))
                        && !"0".equals(img.getDomProperty("naturalWidth")))
                .count();
    }

    /** Each linked lead's row: name | relation | since. */
    public List<String> linkedLeads() {
        return rows(LEADS);
    }

    /** Picks the lead the autocomplete suggests for {@code search} and links it with the chosen relation. */
    public ListingPage linkTo(String search, String suggestion, String relation) {
        browser.find(LEAD_INPUT).sendKeys(search);
        browser.until(ExpectedConditions.visibilityOfElementLocated(SUGGESTIONS));
        browser.until(driver -> driver.findElements(SUGGESTIONS).stream()
                .filter(item -> item.getText().contains(suggestion)).findFirst().orElse(null)).click();
        SelectOneMenu.choose(browser, "linkForm:relation", relation);
        WebElement table = browser.find(By.cssSelector("#linkForm\\:leads tbody"));
        browser.find(By.id("linkForm:link")).click();
        browser.until(ExpectedConditions.stalenessOf(table));
        return this;
    }

    public String messages() {
        return browser.find(MESSAGES).getText();
    }

    public LeadPage openLead(String name) {
        browser.find(By.linkText(name)).click();
        return new LeadPage(browser);
    }

    private List<String> rows(By rows) {
        return browser.driver().findElements(rows).stream()
                .map(row -> String.join(" | ", row.findElements(By.tagName("td")).stream()
                        .map(cell -> cell.getText().strip()).toList()))
                .toList();
    }
}
