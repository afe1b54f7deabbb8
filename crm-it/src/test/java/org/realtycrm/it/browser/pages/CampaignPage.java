package org.realtycrm.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/**
 * campaign.xhtml?id=N: the campaign's life (launch, pause …), its steps editor while it is a draft, the leads in it,
 * and its report. Steps are counted from 0, as the editor's inputs are named.
 */
public final class CampaignPage {

    private static final By STATUS = By.id("campaign:status");
    private static final By STEP_ROWS = By.cssSelector("#plan\\:steps div.crm-step-action");
    private static final By ENROLLMENT_ROWS = By.cssSelector(".crm-enrollments tbody tr[data-ri]");

    /**
     * A lead in the campaign as its row shows it.
     *
     * @param nextStep "Step 2 · TASK", empty once it has none
     */
    public record Enrollment(String lead, String status, String nextStep) {
    }

    private final Browser browser;

    public CampaignPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(STATUS));
    }

    public static CampaignPage open(Browser browser, long id) {
        browser.open("campaign.xhtml?id=" + id);
        return new CampaignPage(browser);
    }

    public long id() {
        String url = browser.url();
        return Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));
    }

    public String title() {
        return browser.find(By.cssSelector("h1.crm-title")).getText();
    }

    public String status() {
        return browser.find(STATUS).getText().strip();
    }

    public int stepCount() {
        return browser.driver().findElements(STEP_ROWS).size();
    }

    /**
     * Adds a step at the end and fills it in.
     *
     * @param unit     the wait's unit as the editor names it: "minutes", "hours", "days"
     * @param template the template's name (a text or an email step), or null
     */
    public CampaignPage addStep(String action, int wait, String unit, String template, String instructions) {
        int row = stepCount();
        click(By.id("plan:addStep"));
        browser.until(driver -> stepCount() == row + 1);
        String prefix = "plan:steps:" + row + ":";
        SelectOneMenu.choose(browser, prefix + "action", action);
        if (template == null) {
            browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id(prefix + "templateId")));
        } else {
            SelectOneMenu.choose(browser, prefix + "templateId", template);
        }
        WebElement delay = browser.find(By.id(prefix + "delayAmount"));
        delay.clear();
        delay.sendKeys(String.valueOf(wait));
        SelectOneMenu.choose(browser, prefix + "delayUnit", unit);
        if (instructions != null) {
            browser.find(By.id(prefix + "instructions")).sendKeys(instructions);
        }
        return this;
    }

    /** Saves the steps; answers the messages ("Saved 2 steps." or what was refused). */
    public String saveSteps() {
        reveal(By.id("plan:saveSteps"));
        return AjaxAnswer.to(browser, By.id("plan:messages"), By.id("plan:saveSteps"));
    }

    /** The saved steps of a launched campaign, as "1 SMS", "2 TASK". */
    public List<String> fixedSteps() {
        return browser.driver().findElements(By.cssSelector(".crm-fixed-steps tbody tr[data-ri]")).stream()
                .map(row -> row.findElement(By.cssSelector("td:nth-child(1)")).getText()
                        .replaceAll("^#\\s*", "").strip() + " " + row.findElement(By.className("crm-fixed-step-action"))
                        .getText())
                .toList();
    }

    /** Launches, confirms, and waits for the campaign to be ACTIVE. */
    public CampaignPage launch() {
        click(By.id("campaign:launch"));
        browser.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".crm-confirm-yes"))).click();
        browser.until(driver -> "ACTIVE".equals(status()));
        return this;
    }

    /** The enrolments' rows, newest first, as they were when the page or its table was last drawn. */
    public List<Enrollment> enrollments() {
        return browser.driver().findElements(ENROLLMENT_ROWS).stream()
                .map(row -> new Enrollment(row.findElement(By.className("crm-enrollment-lead")).getText(),
                        row.findElement(By.className("crm-enrollment-status")).getText(),
                        row.findElement(By.className("crm-enrollment-next")).getText()))
                .toList();
    }

    /** Clicks the report's "Refresh" until the step's figure ({@code "sent"}, {@code "failed"} …) reads so. */
    public CampaignPage waitForReport(int step, String figure, String expected) {
        browser.until(driver -> {
            if (expected.equals(reportFigure(step, figure))) {
                return true;
            }
            WebElement table = browser.find(By.cssSelector(".crm-report-steps"));
            click(By.id("report:refresh"));
            browser.until(ExpectedConditions.stalenessOf(table));
            return expected.equals(reportFigure(step, figure));
        });
        return this;
    }

    /** A step's figure in the report (its row counted from 1): "sent", "delivered", "refused" … */
    public String reportFigure(int step, String figure) {
        return browser.find(By.cssSelector(".crm-report-steps tbody tr[data-ri='" + (step - 1) + "'] .crm-report-"
                + figure)).getText().strip();
    }

    /** The report's total of this figure: "sent", "enrolled", "cost" … */
    public String total(String figure) {
        return browser.find(By.id("report:" + figure)).getText().strip();
    }

    /** Where the report's CSV is downloaded from. */
    public String csvLink() {
        return browser.find(By.id("report:csv")).getAttribute("href");
    }

    /** Clicks the element once it is scrolled to the middle of the window, clear of the sticky top bar. */
    private void click(By by) {
        reveal(by).click();
    }

    private WebElement reveal(By by) {
        WebElement element = browser.find(by);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                element);
        return element;
    }
}
