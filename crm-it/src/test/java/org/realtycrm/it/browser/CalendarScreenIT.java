package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.AppShell;
import org.realtycrm.it.browser.pages.CalendarPage;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.browser.pages.TodayPanel;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Calendar;
import org.realtycrm.it.support.Unique;

/**
 * An agent's calendar on the screens: an appointment booked through the dialog shows in the week, and dragged to the
 * next day it starts a day later (the API says so); a task set through the dialog is completed from the calendar;
 * the calendar feed's address is made and shown. On a phone the calendar is a list that fits the screen, and the
 * dashboard's "Today" lists a task due today.
 * <p>
 * Times are typed and read on the brokerage's clock, which the calendar names; entries go on days of the week the
 * calendar shows when it opens (its Tuesday and Wednesday), so that the drag stays within the view.
 */
class CalendarScreenIT extends CrmIT {

    private Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAgentBooksAnAppointmentDragsItToTheNextDayAndCompletesATask() {
        Account agent = Accounts.agent();
        Calendar api = Calendar.as(agent.api());
        String meeting = "Listing appointment " + Unique.word();
        String call = "Call about the offer " + Unique.word();
        browser = Browser.desktop();

        AppShell shell = SignInPage.open(browser).signIn(agent.email(), agent.password());
        shell.go("calendar");
        CalendarPage calendar = new CalendarPage(browser);
        assertThat(calendar.showsTheWeekGrid()).as("a wide screen opens on the week").isTrue();
        ZoneId zone = calendar.zone();
        List<LocalDate> week = calendar.weekDays();
        assertThat(week).hasSize(7);
        // by the day, not the column's place: the week's first day is the calendar's to choose
        LocalDate tuesday = week.stream().filter(day -> day.getDayOfWeek() == DayOfWeek.TUESDAY).findFirst()
                .orElseThrow();

        LocalDateTime booked = tuesday.atTime(10, 0);
        calendar.addAppointment(meeting, "12 Oak St", booked, tuesday.atTime(11, 0));
        calendar.waitForMessage("Appointment booked: " + meeting);
        JsonObject stored = onlyEntry(api, week, zone, "APPOINTMENT", meeting);
        assertThat(startOf(stored, zone)).isEqualTo(booked);

        calendar.dragToDay(CalendarPage.APPOINTMENT, meeting, tuesday, tuesday.plusDays(1));
        calendar.waitForMessage("Moved “" + meeting + "”");
        JsonObject moved = browser.until(driver -> {
            JsonObject now = appointment(agent, stored);
            return Instant.parse(now.getString("startsAt")).equals(Instant.parse(stored.getString("start")))
                    ? null : now;
        });
        assertThat(LocalDateTime.ofInstant(Instant.parse(moved.getString("startsAt")), zone))
                .as("a day later, at the same time").isEqualTo(booked.plusDays(1));
        assertThat(LocalDateTime.ofInstant(Instant.parse(moved.getString("endsAt")), zone))
                .isEqualTo(tuesday.plusDays(1).atTime(11, 0));

        LocalDateTime due = tuesday.plusDays(2).atTime(14, 0);
        calendar.addTask(call, due);
        calendar.waitForMessage("Task set: " + call);
        calendar.complete(call).waitUntilDone(call);
        JsonObject task = onlyEntry(api, week, zone, "TASK", call);
        assertThat(agent.api().get(Calendar.TASKS + "/" + task.getJsonNumber("id").longValue()).expect(200).json()
                .getBoolean("open")).isFalse();

        String feed = calendar.makeFeedAddress();
        assertThat(feed).startsWith("http");
        assertThat(calendar.feedButton()).isEqualTo("Replace address");
    }

    @Test
    void onAPhoneTheCalendarIsAListThatFitsAndTheDashboardListsTodaysTask() {
        Account agent = Accounts.agent();
        String title = "Call the seller " + Unique.word();
        // due now: within the brokerage's today whatever its zone, so under "Due today" (not overdue) until it ends
        Calendar.as(agent.api()).createTask(Calendar.task(title, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        browser = Browser.phone();

        AppShell shell = SignInPage.open(browser).signIn(agent.email(), agent.password());
        shell.go("calendar");
        CalendarPage calendar = new CalendarPage(browser);
        browser.until(driver -> calendar.showsTheList());
        assertThat(calendar.entry(CalendarPage.TASK, title).isDisplayed()).isTrue();
        assertFitsTheScreen("calendar list");

        new AppShell(browser).go("dashboard");
        TodayPanel today = new TodayPanel(browser);
        assertThat(today.dueToday()).contains(title);
        assertFitsTheScreen("dashboard with today");
    }

    /** The one entry of this type and title in the calendar's week, as the API gives it. */
    private static JsonObject onlyEntry(Calendar api, List<LocalDate> week, ZoneId zone, String type, String title) {
        Instant from = Collections.min(week).atStartOfDay(zone).toInstant();
        Instant to = Collections.max(week).plusDays(1).atStartOfDay(zone).toInstant();
        List<JsonObject> found = api.between(from, to).expect(200).array().stream()
                .filter(entry -> entry.getString("type").equals(type) && entry.getString("title").equals(title))
                .toList();
        assertThat(found).as("%s %s in the week", type, title).hasSize(1);
        return found.get(0);
    }

    private static LocalDateTime startOf(JsonObject entry, ZoneId zone) {
        return LocalDateTime.ofInstant(Instant.parse(entry.getString("start")), zone);
    }

    private static JsonObject appointment(Account agent, JsonObject entry) {
        return agent.api().get(Calendar.APPOINTMENTS + "/" + entry.getJsonNumber("id").longValue()).expect(200)
                .json();
    }

    /** As PhoneViewportIT asks of the screens: no sideways scrolling of the page on the 375 px phone. */
    private void assertFitsTheScreen(String screen) {
        Long width = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(width).as("%s: no sideways scrolling of the page", screen).isLessThanOrEqualTo(400L);
    }
}
