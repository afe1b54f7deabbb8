package org.realtycrm.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.realtycrm.it.browser.Browser;

/** A PrimeFaces p:selectOneMenu: a styled list over a hidden select, chosen by clicking as a user does. */
final class SelectOneMenu {

    private SelectOneMenu() {
    }

    /**
     * Opens the menu and clicks the item, again if an overlay still closing (another menu's) swallowed a click,
     * until the menu shows the item as chosen.
     *
     * @param clientId the component's client id, e.g. {@code leadForm:status}
     */
    static void choose(Browser browser, String clientId, String label) {
        By shown = By.id(clientId + "_label");
        By panel = By.id(clientId + "_panel");
        By item = By.cssSelector("#" + clientId.replace(":", "\\:") + "_items li[data-label='" + label + "']");
        browser.until(driver -> {
            try {
                if (label.equals(driver.findElement(shown).getText())) {
                    return true;
                }
                if (!driver.findElement(panel).isDisplayed()) {
                    driver.findElement(By.id(clientId)).click();
                } else if (driver.findElement(item).isDisplayed()) {
                    driver.findElement(item).click();
                }
            } catch (WebDriverException e) {
                // intercepted or moving while an overlay animates: the next round tries again
            }
            return false;
        });
    }

    /** The labels the menu offers, in order. */
    static java.util.List<String> labels(Browser browser, String clientId) {
        return browser.driver().findElements(By.cssSelector("#" + clientId.replace(":", "\\:") + "_input option"))
                .stream().map(option -> option.getAttribute("textContent").strip()).toList();
    }
}
