package org.realtycrm.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** leads.xhtml: the filters, the lazy table, and the admins' list actions. */
public final class LeadsPage {

    private static final By TABLE = By.id("leadsForm:leads");
    private static final By SEARCH = By.id("leadsForm:q");
    private static final By ROWS = By.cssSelector("#leadsForm\\:leads tbody tr[data-ri]");
    private static final By NAMES = By.cssSelector("#leadsForm\\:leads a.crm-lead-link");
    private static final By MESSAGES = By.id("leadsForm:messages");

    private final Browser browser;

    public LeadsPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(TABLE));
    }

    /** Opens the list, with dashboard-style query parameters when given (e.g. {@code "overdue=true"}). */
    public static LeadsPage open(Browser browser, String query) {
        browser.open("leads.xhtml" + (query.isEmpty() ? "" : "?" + query));
        return new LeadsPage(browser);
    }

    /** Types into the free-text search and waits until the table shows {@code expectedRows} rows. */
    public LeadsPage search(String text, int expectedRows) {
        browser.find(SEARCH).clear();
        browser.find(SEARCH).sendKeys(text);
        browser.until(driver -> names().size() == expectedRows && names().stream().allMatch(n -> !n.isEmpty()));
        return this;
    }

    /** The names in the table as the browser shows them (text, never markup). */
    public List<String> names() {
        return browser.driver().findElements(NAMES).stream().map(WebElement::getText).toList();
    }

    public LeadPage openLead(String name) {
        browser.find(By.linkText(name)).click();
        return new LeadPage(browser);
    }

    public LeadPage newLead() {
        browser.find(By.id("leadsForm:newLead")).click();
        return new LeadPage(browser);
    }

    public boolean offersListActions() {
        return browser.present(By.id("leadsForm:bulk")) || browser.present(By.cssSelector(".ui-selection-column"));
    }

    /** Ticks the selection box of the row showing this name. */
    public LeadsPage select(String name) {
        WebElement row = browser.driver().findElements(ROWS).stream()
                .filter(r -> !r.findElements(By.linkText(name)).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + name + " in " + names()));
        row.findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")).click();
        browser.until(driver -> row.getAttribute("aria-selected").equals("true"));
        return this;
    }

    public LeadsPage assignSelectedTo(String agentName) {
        SelectOneMenu.choose(browser, "leadsForm:bulkAgent", agentName);
        return submit("leadsForm:bulkAssign");
    }

    public LeadsPage moveSelectedTo(String status) {
        SelectOneMenu.choose(browser, "leadsForm:bulkStatus", status);
        return submit("leadsForm:bulkChangeStatus");
    }

    public String messages() {
        return browser.find(MESSAGES).getText();
    }

    private LeadsPage submit(String button) {
        WebElement table = browser.find(By.cssSelector("#leadsForm\\:leads tbody"));
        browser.find(By.id(button)).click();
        browser.until(ExpectedConditions.stalenessOf(table));
        browser.until(driver -> !messages().isBlank());
        return this;
    }
}
