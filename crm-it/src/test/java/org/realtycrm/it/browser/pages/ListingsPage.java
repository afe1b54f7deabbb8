package org.realtycrm.it.browser.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** properties.xhtml: the listing search's filters, its lazy list and its Leaflet map. */
public final class ListingsPage {

    private static final By TABLE = By.id("listingsForm:listings");
    /** An ajax update redraws the rows: the whole table (a search) or only its rows (a sort, a page). */
    private static final By FIRST_ROW = By.cssSelector("#listingsForm\\:listings tbody tr");
    private static final By ADDRESSES = By.cssSelector("#listingsForm\\:listings a.crm-listing-link");
    private static final By THUMBNAILS = By.cssSelector("#listingsForm\\:listings img.crm-thumb");
    private static final By MARKERS = By.cssSelector("#listingsMap .leaflet-marker-icon");

    private final Browser browser;

    public ListingsPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(TABLE));
        browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#listingsMap.leaflet-container")));
    }

    public ListingsPage type(String field, String value) {
        WebElement input = browser.find(By.id("listingsForm:" + field));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /** The price fields are PrimeFaces number inputs: the visible one carries the suffix {@code _input}. */
    public ListingsPage minPrice(String value) {
        return type("minPrice_input", value);
    }

    /** Runs the search and waits until the list has been drawn again. */
    public ListingsPage search() {
        return refreshedBy(By.id("listingsForm:search"));
    }

    /** Chooses the list's order ("Price: low to high", …) and searches again. */
    public ListingsPage sortBy(String order) {
        SelectOneMenu.choose(browser, "listingsForm:sort", order);
        return search();
    }

    /** Sorts the list by a column's header ("Price", "Beds", "Updated"), ascending on the first click. */
    public ListingsPage sortByColumn(String header) {
        return refreshedBy(By.xpath("//*[@id='listingsForm:listings']//th[.//*[normalize-space()='" + header + "']]"));
    }

    /** Moves the map to the box around these degrees, as a user would by dragging and zooming, and searches it. */
    public ListingsPage searchArea(double south, double west, double north, double east) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "CrmMaps.listingsMap().fitBounds([[arguments[0], arguments[1]], [arguments[2], arguments[3]]]);",
                south, west, north, east);
        return refreshedBy(By.id("listingsForm:searchArea"));
    }

    /** Forgets the map's box: the search covers everywhere again. */
    public ListingsPage anywhere() {
        return refreshedBy(By.id("listingsForm:clearArea"));
    }

    private ListingsPage refreshedBy(By control) {
        WebElement row = browser.find(FIRST_ROW);
        browser.find(control).click();
        browser.until(ExpectedConditions.stalenessOf(row));
        browser.until(ExpectedConditions.visibilityOfElementLocated(TABLE));
        return this;
    }

    /** The addresses the list shows, in its order. */
    public List<String> addresses() {
        return browser.driver().findElements(ADDRESSES).stream().map(WebElement::getText).toList();
    }

    /** The thumbnails of the list that the browser has loaded (a broken image has no natural width). */
    public long loadedThumbnails() {
        return browser.driver().findElements(THUMBNAILS).stream()
                .filter(img -> !"0".equals(img.getDomProperty("naturalWidth"))).count();
    }

    /** The map's markers, by their title (the listing's address), once the map shows {@code expected} of them. */
    public List<String> markers(int expected) {
        browser.until(driver -> driver.findElements(MARKERS).size() == expected);
        return browser.driver().findElements(MARKERS).stream().map(marker -> marker.getDomAttribute("title")).toList();
    }

    public ListingPage open(String address) {
        browser.find(By.linkText(address)).click();
        return new ListingPage(browser);
    }
}
