package org.realtycrm.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** campaign-templates.xhtml: the caller's message templates, and the form that writes one. */
public final class TemplatesPage {

    private static final By MESSAGES = By.id("template:messages");
    private static final By NAMES = By.cssSelector(".crm-templates .crm-template-name");

    private final Browser browser;

    public TemplatesPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("template:save")));
    }

    /** Writes a new template and saves it; answers the form's messages ("Saved …." or what was refused). */
    public String create(String channel, String name, String body) {
        SelectOneMenu.choose(browser, "template:channel", channel);
        type(By.id("template:name"), name);
        type(By.id("template:body"), body);
        return AjaxAnswer.to(browser, MESSAGES, By.id("template:save"));
    }

    /** The templates' names as the list shows them. */
    public List<String> names() {
        return browser.driver().findElements(NAMES).stream().map(WebElement::getText).toList();
    }

    /** The merge fields the form lists as hints ({@code {{firstName}}} …). */
    public List<String> mergeFields() {
        return browser.driver().findElements(By.cssSelector(".crm-merge-field")).stream().map(WebElement::getText)
                .toList();
    }

    private void type(By field, String text) {
        WebElement input = browser.find(field);
        input.clear();
        input.sendKeys(text);
    }
}
