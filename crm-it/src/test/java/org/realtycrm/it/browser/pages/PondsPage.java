package org.realtycrm.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** ponds.xhtml (agents and admins): the leads waiting in the caller's ponds, each with its Claim button. */
public final class PondsPage {

    private static final By REFRESH = By.id("ponds:refresh");
    private static final By MESSAGES = By.id("ponds:messages");
    private static final By OPEN_CLAIMED = By.id("ponds:openClaimed");

    private final Browser browser;

    public PondsPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(REFRESH));
    }

    /** Whether a lead of this source waits in one of the ponds shown. */
    public boolean showsLeadFrom(String source) {
        return browser.present(row(source));
    }

    /** The name of the waiting lead of this source, as its row shows it. */
    public String leadFrom(String source) {
        return browser.until(ExpectedConditions.visibilityOfElementLocated(row(source)))
                .findElement(By.className("crm-pond-lead-name")).getText();
    }

    /** Claims the waiting lead of this source; answers the page's message. */
    public String claimLeadFrom(String source) {
        WebElement before = browser.find(MESSAGES);
        browser.until(ExpectedConditions.visibilityOfElementLocated(row(source)))
                .findElement(By.className("crm-pond-claim")).click();
        browser.until(ExpectedConditions.stalenessOf(before));
        return browser.find(MESSAGES).getText();
    }

    /** Follows the link to the lead just claimed. */
    public LeadPage openClaimed() {
        browser.until(ExpectedConditions.elementToBeClickable(OPEN_CLAIMED)).click();
        browser.until(ExpectedConditions.urlContains("lead.xhtml"));
        return new LeadPage(browser);
    }

    private static By row(String source) {
        return By.xpath("//table//tbody/tr[.//span[contains(@class,'crm-pond-lead-source') and text()='" + source
                + "']]");
    }
}
