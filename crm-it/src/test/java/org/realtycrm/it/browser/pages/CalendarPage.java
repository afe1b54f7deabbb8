package org.realtycrm.it.browser.pages;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.realtycrm.it.browser.Browser;

/**
 * calendar.xhtml: the schedule (PrimeFaces' FullCalendar), the entry dialog, and the calendar feed panel. Entries
 * are found by their title and their kind's class ({@code crm-entry-task}, {@code crm-entry-appointment}); the
 * dialog takes times typed as its pickers show them ({@code MM/dd/yyyy hh:mm AM}), on the brokerage's clock, which
 * the page names ("Times in America/New_York").
 */
public final class CalendarPage {

    public static final String TASK = "crm-entry-task";
    public static final String APPOINTMENT = "crm-entry-appointment";
    public static final String DONE = "crm-entry-done";

    private static final By SCHEDULE = By.id("calendarForm:schedule");
    /** Drawn once FullCalendar has rendered its first view. */
    private static final By VIEW = By.cssSelector("#calendarForm\\:schedule .fc-view");
    private static final By WEEK_COLUMNS = By.cssSelector("#calendarForm\\:schedule .fc-timegrid-col[data-date]");
    private static final By ZONE = By.cssSelector("#calendarForm .crm-calendar-zone");
    private static final By MESSAGES = By.id("calendarForm:messages");
    private static final By ADD = By.id("calendarForm:add");
    private static final By DIALOG = By.id("entryDialog");
    private static final By TITLE = By.id("entry:title");
    private static final By LOCATION = By.id("entry:location");
    private static final By START = By.id("entry:start_input");
    private static final By END = By.id("entry:end_input");
    private static final By SAVE = By.id("entry:save");
    private static final By COMPLETE = By.id("entry:complete");
    private static final By DIALOG_MESSAGES = By.id("entry:messages");
    private static final By FEED_ADDRESS = By.id("feed:address");
    private static final By FEED_RENEW = By.id("feed:renew");
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm a", Locale.US);

    private final Browser browser;

    public CalendarPage(Browser browser) {
        this.browser = browser;
        browser.until(ExpectedConditions.visibilityOfElementLocated(VIEW));
    }

    /** The zone the page says its times are in: the brokerage's. */
    public ZoneId zone() {
        return ZoneId.of(browser.find(ZONE).getText().replace("Times in", "").strip());
    }

    public boolean showsTheWeekGrid() {
        return browser.present(By.cssSelector("#calendarForm\\:schedule .fc-timeGridWeek-view"));
    }

    /** The list view (a phone's), once drawn. */
    public boolean showsTheList() {
        return browser.present(By.cssSelector("#calendarForm\\:schedule .fc-list"));
    }

    /** The days of the week view, Sunday first, as the brokerage's calendar dates. */
    public List<LocalDate> weekDays() {
        return browser.driver().findElements(WEEK_COLUMNS).stream()
                .map(column -> LocalDate.parse(column.getAttribute("data-date"))).toList();
    }

    /** Adds an appointment through the dialog (the "Add" button, "Appointment"), and waits for the calendar to show it. */
    public CalendarPage addAppointment(String title, String location, LocalDateTime start, LocalDateTime end) {
        openNewEntry();
        browser.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='entry:type']//*[contains(@class,'ui-button')][normalize-space(.)='Appointment']")))
                .click();
        browser.until(ExpectedConditions.visibilityOfElementLocated(LOCATION));
        type(TITLE, title);
        type(LOCATION, location);
        typeTime(START, start);
        typeTime(END, end);
        save();
        entry(APPOINTMENT, title);
        return this;
    }

    /** Adds a task (a call, the dialog's first choice) through the dialog, and waits for the calendar to show it. */
    public CalendarPage addTask(String title, LocalDateTime due) {
        openNewEntry();
        type(TITLE, title);
        typeTime(START, due);
        save();
        entry(TASK, title);
        return this;
    }

    /** Opens a task from the calendar and ticks it off with the dialog's "Complete". */
    public CalendarPage complete(String title) {
        entry(TASK, title).click();
        browser.until(ExpectedConditions.visibilityOfElementLocated(COMPLETE));
        click(COMPLETE);
        closed();
        return this;
    }

    /**
     * The entry shown with this title, once the calendar shows it. Only what is drawn counts: FullCalendar keeps a
     * dragged entry's "mirror" (class fc-event-mirror) while it moves.
     */
    public WebElement entry(String kindClass, String title) {
        return browser.until(driver -> shown(kindClass, title).orElse(null));
    }

    /** Waits until the calendar, having read its entries again, shows the task struck through as done. */
    public CalendarPage waitUntilDone(String title) {
        browser.until(driver -> shown(TASK, title)
                .map(entry -> entry.getAttribute("class").contains(DONE)).orElse(false));
        return this;
    }

    private Optional<WebElement> shown(String kindClass, String title) {
        By entries = By.cssSelector("#calendarForm\\:schedule ." + kindClass + ":not(.fc-event-mirror)");
        return browser.driver().findElements(entries).stream()
                .filter(element -> element.isDisplayed() && element.getText().contains(title))
                .findFirst();
    }

    /**
     * Drags the entry by whole days in the week view, with the mouse, as a person does: pressed, moved a little to
     * start the drag, then across in steps to the other day's column at the same height (the same time), released.
     * FullCalendar starts a drag only after real pointer moves, and takes the day under the pointer when it is
     * released.
     */
    public CalendarPage dragToDay(String kindClass, String title, LocalDate from, LocalDate to) {
        WebElement entry = entry(kindClass, title);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                entry);
        entry = entry(kindClass, title);
        // from the middle of the entry's day's column to the middle of the other day's, by the columns' own places
        int across = middle(column(to)) - middle(column(from));
        int start = Integer.signum(across) * 10;
        new Actions(browser.driver())
                .moveToElement(entry)
                .clickAndHold()
                .pause(Duration.ofMillis(150))
                .moveByOffset(start, 0)
                .pause(Duration.ofMillis(150))
                .moveByOffset((across - start) / 2, 0)
                .pause(Duration.ofMillis(150))
                .moveByOffset(across - start - (across - start) / 2, 0)
                .pause(Duration.ofMillis(150))
                .release()
                .perform();
        return this;
    }

    private WebElement column(LocalDate day) {
        return browser.driver().findElements(WEEK_COLUMNS).stream()
                .filter(column -> day.toString().equals(column.getAttribute("data-date"))).findFirst()
                .orElseThrow(() -> new AssertionError("the week shown has no column for " + day));
    }

    private static int middle(WebElement column) {
        return column.getRect().getX() + column.getRect().getWidth() / 2;
    }

    /** The messages above the calendar, once one contains the text. */
    public String waitForMessage(String containing) {
        return browser.until(driver -> {
            String text = driver.findElement(MESSAGES).getText();
            return text.contains(containing) ? text : null;
        });
    }

    /** Makes the feed's address ("Make address") and answers it as shown. */
    public String makeFeedAddress() {
        click(FEED_RENEW);
        return browser.until(driver -> driver.findElements(FEED_ADDRESS).stream().findFirst()
                .map(input -> input.getAttribute("value")).filter(value -> !value.isBlank()).orElse(null));
    }

    public String feedButton() {
        return browser.find(FEED_RENEW).getText();
    }

    private void openNewEntry() {
        click(ADD);
        browser.until(ExpectedConditions.visibilityOfElementLocated(TITLE));
    }

    private void type(By field, String text) {
        WebElement input = browser.find(field);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Types the time as a person does, as the picker shows times: clicks into the field, selects what it shows, types
     * over it and leaves with TAB, and waits until the field shows the time typed, its calendar panel closed.
     * Selenium's clear() is no use on a picker: it fires only a change event, on which the picker writes back the
     * time it still holds, and the keys typed after it would be appended to that.
     */
    private void typeTime(By field, LocalDateTime time) {
        String typed = PICKER.format(time);
        WebElement input = browser.until(ExpectedConditions.elementToBeClickable(field));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed, Keys.TAB);
        By panel = By.id(input.getAttribute("id").replace("_input", "_panel"));
        try {
            browser.until(driver -> typed.equals(driver.findElement(field).getAttribute("value"))
                    && driver.findElements(panel).stream().noneMatch(WebElement::isDisplayed));
        } catch (TimeoutException e) {
            throw new AssertionError("typed " + typed + " into " + field + ", which shows "
                    + browser.find(field).getAttribute("value") + " (its calendar panel "
                    + (browser.driver().findElements(panel).stream().anyMatch(WebElement::isDisplayed) ? "open"
                            : "closed") + ")", e);
        }
    }

    private void save() {
        click(SAVE);
        closed();
    }

    /**
     * Clicks, again while an overlay still closing (a date picker's panel) takes the click (intercepted). The button
     * is first brought to the middle of the window, as a person scrolls to it: the page's top bar stays over the top
     * of a scrolled page (a drag scrolls the calendar's entry into sight), and Selenium, finding the button within
     * the window, would not scroll it out from under the bar.
     */
    private void click(By button) {
        browser.until(driver -> {
            try {
                WebElement element = driver.findElement(button);
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                        element);
                element.click();
                return true;
            } catch (ElementNotInteractableException e) {
                return false;
            }
        });
    }

    /** Waits until the dialog has closed; fails with what it says when it stays open with an error. */
    private void closed() {
        browser.until(driver -> !driver.findElement(DIALOG).isDisplayed() || refusal().isPresent());
        refusal().ifPresent(said -> {
            throw new AssertionError("the entry dialog refused: " + said);
        });
    }

    private Optional<String> refusal() {
        if (!browser.find(DIALOG).isDisplayed()) {
            return Optional.empty();
        }
        StringBuilder said = new StringBuilder(browser.find(DIALOG_MESSAGES).getText());
        browser.driver().findElements(By.cssSelector("#entry .ui-message-error")).stream()
                .filter(WebElement::isDisplayed).forEach(error -> said.append(' ').append(error.getText()));
        return said.toString().isBlank() ? Optional.empty() : Optional.of(said.toString().strip());
    }
}
