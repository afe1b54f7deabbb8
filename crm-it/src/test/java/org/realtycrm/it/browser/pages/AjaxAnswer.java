package org.realtycrm.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** The answer to an ajax button whose update renders the page's messages anew: the messages and any field's error. */
final class AjaxAnswer {

    private AjaxAnswer() {
    }

    static String to(Browser browser, By messages, By button) {
        WebElement before = browser.find(messages);
        browser.find(button).click();
        browser.until(ExpectedConditions.stalenessOf(before));
        StringBuilder text = new StringBuilder(browser.find(messages).getText());
        browser.driver().findElements(By.cssSelector(".ui-message-error")).stream().filter(WebElement::isDisplayed)
                .forEach(error -> text.append('\n').append(error.getText()));
        return text.toString().strip();
    }
}
