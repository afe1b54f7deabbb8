package org.realtycrm.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** lead.xhtml: one lead's fields, its status moves, notes and timeline; or the new-lead form. */
public final class LeadPage {

    private static final By FORM = By.id("leadForm");
    private static final By PROPERTY_ROWS = By.cssSelector("#leadProperties\\:links tbody tr[data-ri]");
    private static final By MESSAGES = By.id("leadForm:messages");
    private static final By SUMMARIES = By.cssSelector("#timeline .crm-activity-summary");
    private static final By NOTES = By.cssSelector("#timeline .crm-timeline-note");

    private final Browser browser;

    public LeadPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(FORM));
    }

    public static LeadPage open(Browser browser, long id) {
        browser.open("lead.xhtml?id=" + id);
        return new LeadPage(browser);
    }

    /** What the page says of each phone's Do-Not-Call status, in the phones' order ("" when it may be called). */
    public List<String> doNotCallStatuses() {
        return browser.driver().findElements(By.cssSelector(".crm-phone")).stream()
                .map(phone -> phone.findElements(By.className("crm-phone-dnc")).stream().findFirst()
                        .map(WebElement::getText).orElse(""))
                .toList();
    }

    /** Records that the owner of the phone on line {@code index} (0-based) asked not to be called, and confirms. */
    public LeadPage doNotCall(int index) {
        browser.click(By.id("leadForm:phoneList:" + index + ":doNotCall"));
        browser.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".crm-confirm-yes"))).click();
        browser.until(ExpectedConditions.invisibilityOfElementLocated(
                By.id("leadForm:phoneList:" + index + ":doNotCall")));
        return this;
    }

    /** Who has the lead, as the page says it ("Agent: Ana Lopez"). */
    public String agent() {
        return browser.find(By.id("assignment:agentName")).getText();
    }

    /** Gives the lead to this agent and waits until the page says they have it. */
    public LeadPage assignTo(String agentName) {
        SelectOneMenu.choose(browser, "assignment:assignTo", agentName);
        browser.click(By.id("assignment:assign"));
        browser.until(driver -> agent().equals("Agent: " + agentName));
        return this;
    }

    public String title() {
        return browser.find(By.cssSelector("h1.crm-title")).getText();
    }

    public LeadPage type(String field, String value) {
        WebElement input = browser.find(By.id("leadForm:" + field));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    public String value(String field) {
        return browser.find(By.id("leadForm:" + field)).getAttribute("value");
    }

    public LeadPage phone(String number) {
        return type("phoneList:0:number", number);
    }

    /** Types a date and time as the picker shows them ({@code MM/dd/yyyy hh:mm AM}), in the brokerage's zone. */
    public LeadPage followUp(String shown) {
        WebElement input = browser.find(By.id("leadForm:followUp_input"));
        input.clear();
        input.sendKeys(shown, Keys.TAB);
        return this;
    }

    public List<String> statusChoices() {
        return SelectOneMenu.labels(browser, "leadForm:status");
    }

    public LeadPage status(String status) {
        SelectOneMenu.choose(browser, "leadForm:status", status);
        return this;
    }

    public LeadPage temperature(String temperature) {
        SelectOneMenu.choose(browser, "leadForm:temperature", temperature);
        return this;
    }

    /** Creates the new lead and waits for its own page (lead.xhtml?id=N). */
    public LeadPage create() {
        browser.click(By.id("leadForm:save"));
        browser.until(ExpectedConditions.urlContains("id="));
        return new LeadPage(browser);
    }

    /** Saves and waits for the answer: "Saved." or what was refused. */
    public LeadPage save() {
        WebElement form = browser.find(FORM);
        browser.click(By.id("leadForm:save"));
        browser.until(ExpectedConditions.stalenessOf(form));
        browser.until(ExpectedConditions.visibilityOfElementLocated(MESSAGES));
        return this;
    }

    public String messages() {
        return browser.find(MESSAGES).getText();
    }

    public LeadPage addNote(String text) {
        int before = notes().size();
        browser.find(By.id("timeline:note")).sendKeys(text);
        browser.click(By.id("timeline:addNote"));
        browser.until(driver -> notes().size() == before + 1);
        return this;
    }

    public List<String> timeline() {
        return browser.driver().findElements(SUMMARIES).stream().map(WebElement::getText).toList();
    }

    public List<String> notes() {
        return browser.driver().findElements(NOTES).stream().map(WebElement::getText).toList();
    }

    public long id() {
        String url = browser.url();
        return Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));
    }

    /** The "Properties" panel's rows: relation | address | price | status (the unlink button left out). */
    public List<String> properties() {
        return browser.driver().findElements(PROPERTY_ROWS).stream()
                .map(row -> String.join(" | ", row.findElements(By.cssSelector("td:not(:last-child)")).stream()
                        .map(cell -> cell.getText().strip()).toList()))
                .toList();
    }

    /** Unlinks the listing at this address and waits for the panel and the timeline to be drawn again. */
    public LeadPage unlink(String address) {
        WebElement row = browser.driver().findElements(PROPERTY_ROWS).stream()
                .filter(r -> !r.findElements(By.linkText(address)).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no linked listing at " + address + " in " + properties()));
        row.findElement(By.cssSelector("button[id$=':unlink']")).click();
        browser.until(ExpectedConditions.stalenessOf(row));
        return this;
    }

    /** The "Client portal" line: where the lead stands with their account on the website. */
    public String portalStanding() {
        return browser.find(By.id("portalAccess:portalWords")).getText();
    }

    /** Invites the lead to the client portal, and waits for the line to say so. */
    public LeadPage inviteToPortal() {
        browser.click(By.id("portalAccess:invite"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("portalAccess:portalWords"), "Invited"));
        return this;
    }
}
