package org.realtycrm.it.browser.pages;

import java.nio.file.Path;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** property-edit.xhtml: an off-MLS listing's fields, each with its own message, and its photos. */
public final class PropertyEditPage {

    private static final By FORM = By.id("propertyForm");
    private static final By THUMBNAILS = By.cssSelector("#photosForm\\:photos img.crm-thumb");

    private final Browser browser;

    public PropertyEditPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(FORM));
    }

    /** Types into a field by its RESO name; number fields are PrimeFaces inputs with the suffix {@code _input}. */
    public PropertyEditPage type(String field, String value) {
        By number = By.id("propertyForm:" + field + "_input");
        WebElement input = browser.present(number) ? browser.find(number) : browser.find(By.id("propertyForm:" + field));
        // a number input keeps its value through clear(): select it all and type over it
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        return this;
    }

    /** Saves; a new listing's page is replaced by its edit page, an edit is redrawn with its outcome. */
    public PropertyEditPage save() {
        WebElement form = browser.find(FORM);
        browser.find(By.id("propertyForm:save")).click();
        browser.until(ExpectedConditions.stalenessOf(form));
        return new PropertyEditPage(browser);
    }

    /** The message shown under a field, empty when there is none. */
    public String messageFor(String field) {
        return browser.find(By.id("propertyForm:" + field + "Message")).getText();
    }

    /** Uploads a photo and waits until its thumbnail is shown. */
    public PropertyEditPage upload(Path photo) {
        int before = thumbnails();
        browser.find(By.id("photosForm:upload_input")).sendKeys(photo.toString());
        browser.until(driver -> thumbnails() == before + 1);
        return this;
    }

    public int thumbnails() {
        return browser.driver().findElements(THUMBNAILS).size();
    }

    public ListingPage openListing() {
        browser.find(By.id("propertyForm:view")).click();
        return new ListingPage(browser);
    }
}
