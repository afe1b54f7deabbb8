package org.realtycrm.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** campaigns.xhtml: the caller's campaigns, and the form that starts a new one. */
public final class CampaignsPage {

    private static final By NEW = By.id("newCampaign:create");

    private final Browser browser;

    public CampaignsPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(NEW));
    }

    public static CampaignsPage open(Browser browser) {
        browser.open("campaigns.xhtml");
        return new CampaignsPage(browser);
    }

    /**
     * Starts a campaign with no entry rule and waits for its page.
     *
     * @param kind        the kind's menu label starts with it: {@code "DRIP"} or {@code "ONE_OFF"}
     * @param whenRefused {@code "HOLD"} or {@code "DROP"}
     */
    public CampaignPage create(String name, String kind, String whenRefused) {
        browser.find(By.id("newCampaign:name")).sendKeys(name);
        SelectOneMenu.choose(browser, "newCampaign:kind", label("newCampaign:kind", kind));
        SelectOneMenu.choose(browser, "newCampaign:whenRefused", label("newCampaign:whenRefused", whenRefused));
        browser.find(NEW).click();
        browser.until(ExpectedConditions.urlContains("campaign.xhtml?id="));
        return new CampaignPage(browser);
    }

    /** The list's lines: name | kind | status | steps. */
    public List<String> rows() {
        return browser.driver().findElements(By.cssSelector(".crm-campaigns tbody tr[data-ri]")).stream()
                .map(row -> String.join(" | ", List.of("crm-campaign-link", "crm-campaign-kind",
                        "crm-campaign-status", "crm-campaign-steps").stream()
                        .map(cell -> row.findElement(By.className(cell)).getText()).toList()))
                .toList();
    }

    /** The full label of the menu's item whose label starts with {@code start}. */
    private String label(String clientId, String start) {
        return SelectOneMenu.labels(browser, clientId).stream().filter(label -> label.startsWith(start + ":"))
                .findFirst().orElseThrow(() -> new AssertionError("no " + start + " in " + clientId));
    }
}
