package org.realtycrm.it.browser.pages;

import java.util.List;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/** What every signed-in page has: the title, the menu (collapsed on a phone), the bell and the user menu. */
public final class AppShell {

    private static final By TITLE = By.cssSelector("h1.crm-title");
    /** Shown on a phone only: opens the side menu, which holds the menu items there. */
    private static final By MENU_TOGGLE = By.id("nav:menuToggle");
    private static final By ACCOUNT = By.cssSelector(".crm-menu-account > a");
    private static final By BELL = By.id("bell:open");
    private static final By BELL_COUNT = By.id("bell:count");
    private static final By BELL_PANEL = By.id("bell:panel");
    private static final By NOTE_TEXTS = By.cssSelector("#bell\\:list .crm-note-text");
    private static final By MARK_READ = By.cssSelector("#bell\\:list .crm-mark-read");

    private final Browser browser;

    public AppShell(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(TITLE));
    }

    public String title() {
        return browser.find(TITLE).getText();
    }

    public boolean hasMenuItem(String item) {
        return browser.present(menuItem(item));
    }

    /** Follows a menu item ({@code "dashboard"}, {@code "leads"}, {@code "import"}, {@code "users"}). */
    public AppShell go(String item) {
        reveal(menuItem(item)).click();
        browser.until(ExpectedConditions.urlContains(item + ".xhtml"));
        return new AppShell(browser);
    }

    public SignInPage signOut() {
        // the user menu is a submenu: it opens on click (toggleEvent="click", also right for touch screens)
        reveal(ACCOUNT).click();
        browser.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".crm-sign-out"))).click();
        return new SignInPage(browser);
    }

    /**
     * The unread count on the bell; 0 when the badge is not shown. The bell renders itself anew when its push channel
     * connects or a notification arrives, so a badge found may be replaced before it is read: then it is read again.
     */
    public int bellCount() {
        for (int attempt = 1; ; attempt++) {
            try {
                List<WebElement> badge = browser.driver().findElements(BELL_COUNT);
                return badge.isEmpty() ? 0 : Integer.parseInt(badge.get(0).getText().strip());
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    /** Waits, without reloading the page, until the bell shows this count. */
    public AppShell waitForBellCount(int expected) {
        browser.until(driver -> bellCount() == expected);
        return this;
    }

    public List<String> openBell() {
        browser.find(BELL).click();
        browser.until(ExpectedConditions.visibilityOfElementLocated(BELL_PANEL));
        return browser.driver().findElements(NOTE_TEXTS).stream().map(WebElement::getText).toList();
    }

    public AppShell markFirstRead() {
        browser.until(ExpectedConditions.elementToBeClickable(MARK_READ)).click();
        return this;
    }

    private By menuItem(String item) {
        return By.cssSelector(".crm-menu-" + item + " > a, a.crm-menu-" + item);
    }

    /**
     * The item as shown: the menubar's on a wide screen; on a phone, where the menubar keeps only the account menu,
     * the side menu's, once the toggle has opened it and it has stopped sliding in.
     */
    private WebElement reveal(By item) {
        Optional<WebElement> shown = shown(item);
        if (shown.isPresent()) {
            return shown.get();
        }
        if (shown(MENU_TOGGLE).isEmpty()) {
            return browser.until(ExpectedConditions.elementToBeClickable(item));
        }
        browser.find(MENU_TOGGLE).click();
        Rectangle[] lastSeen = {null};
        return browser.until(driver -> shown(item).filter(element -> {
            Rectangle now = element.getRect();
            boolean settled = now.equals(lastSeen[0]);
            lastSeen[0] = now;
            return settled;
        }).orElse(null));
    }

    /** The first element that the browser shows: the menubar and the side menu have items of the same class. */
    private Optional<WebElement> shown(By by) {
        return browser.driver().findElements(by).stream().filter(WebElement::isDisplayed).findFirst();
    }
}
