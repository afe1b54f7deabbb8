package org.realtycrm.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** A PrimeFaces p:selectOneMenu: a styled list over a hidden select, chosen by clicking as a user does. */
final class SelectOneMenu {

    private SelectOneMenu() {
    }

    /** @param clientId the component's client id, e.g. {@code leadForm:status} */
    static void choose(Browser browser, String clientId, String label) {
        browser.until(ExpectedConditions.elementToBeClickable(By.id(clientId))).click();
        String items = "#" + clientId.replace(":", "\\:") + "_items";
        browser.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(items + " li[data-label='" + label + "']"))).click();
        browser.until(ExpectedConditions.textToBe(By.id(clientId + "_label"), label));
    }

    /** The labels the menu offers, in order. */
    static java.util.List<String> labels(Browser browser, String clientId) {
        return browser.driver().findElements(By.cssSelector("#" + clientId.replace(":", "\\:") + "_input option"))
                .stream().map(option -> option.getAttribute("textContent").strip()).toList();
    }
}
