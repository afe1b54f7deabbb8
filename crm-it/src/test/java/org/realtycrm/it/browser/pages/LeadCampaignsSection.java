package org.realtycrm.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** The "Campaigns" section of lead.xhtml: put the lead into a campaign, and the campaign sends to it, newest first. */
public final class LeadCampaignsSection {

    private static final By SENDS = By.cssSelector(".crm-lead-campaign-sends tbody tr[data-ri]");

    /**
     * A campaign send as its line shows it.
     *
     * @param why the reasons it did not go (yet), and its note, one a line; empty when there is none
     */
    public record Send(String campaign, String step, String status, List<String> why) {
    }

    private final Browser browser;

    public LeadCampaignsSection(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("leadCampaigns:putIn")));
    }

    /** The campaigns offered, as "name · KIND · STATUS". */
    public List<String> choices() {
        return SelectOneMenu.labels(browser, "leadCampaigns:campaign");
    }

    /** Puts the lead into the campaign offered under this label; answers the section's messages. */
    public String putIn(String choice) {
        SelectOneMenu.choose(browser, "leadCampaigns:campaign", choice);
        return AjaxAnswer.to(browser, By.id("leadCampaigns:messages"), By.id("leadCampaigns:putIn"));
    }

    public List<Send> sends() {
        return browser.driver().findElements(SENDS).stream().map(LeadCampaignsSection::send).toList();
    }

    /** Clicks "Refresh" until a send of this campaign has this status in words ("Sent", "Not sent" …). */
    public Send waitForSend(String campaign, String status) {
        return browser.until(driver -> {
            Send found = sends().stream().filter(send -> send.campaign().equals(campaign)
                    && send.status().equals(status)).findFirst().orElse(null);
            if (found != null) {
                return found;
            }
            WebElement table = browser.find(By.id("leadCampaigns:sends"));
            browser.find(By.id("leadCampaigns:refresh")).click();
            browser.until(ExpectedConditions.stalenessOf(table));
            return null;
        });
    }

    private static Send send(WebElement row) {
        return new Send(row.findElement(By.className("crm-send-campaign")).getText(),
                row.findElement(By.className("crm-send-action")).getText(),
                row.findElement(By.className("crm-send-status")).getText(),
                row.findElements(By.cssSelector(".crm-send-why li")).stream().map(WebElement::getText).toList());
    }
}
