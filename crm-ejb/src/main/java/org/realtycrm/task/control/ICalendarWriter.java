package org.realtycrm.task.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.realtycrm.task.entity.CalendarEntry;

/**
 * Writes a calendar as iCalendar (RFC 5545) text, as the calendar apps that subscribe to a feed read it: each task
 * and appointment a VEVENT in UTC, with a stable UID so that a moved entry moves in the app instead of appearing
 * twice. A task shows as a short event at its due time (the apps show no VTODO from a subscribed feed); a done one
 * says so in its summary. Reminders stay with the CRM's bell: subscribed calendars mostly ignore a feed's alarms.
 */
@ApplicationScoped
public class ICalendarWriter {

    /** How often a subscribing app is asked to fetch the feed again (Outlook and Apple honour it; Google has its own). */
    static final Duration REFRESH = Duration.ofHours(1);

    /**
     * @param name        the calendar's name in the app ("Realty CRM: Ana Lopez")
     * @param screensBase where the screens are ({@code https://crm.example.com/app/}), for a link to the lead
     */
    public String write(String name, List<CalendarEntry> entries, Instant stamp, String screensBase) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Realty CRM//Calendar feed//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, stamp, screensBase));
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static VEvent event(CalendarEntry entry, Instant stamp, String screensBase) {
        VEvent event = new VEvent(entry.start(), entry.end(), summary(entry));
        event.add(new Uid(entry.type().name().toLowerCase() + "-" + entry.id() + "@realtycrm"));
        event.add(new DtStamp(stamp));
        event.add(new Categories(entry.type() == CalendarEntry.Type.TASK ? "Task" : "Appointment"));
        if (entry.location() != null) {
            event.add(new Location(entry.location()));
        }
        String description = description(entry);
        if (!description.isEmpty()) {
            event.add(new Description(description));
        }
        if (entry.leadId() != null) {
            event.add(new Url(URI.create(screensBase + "lead.xhtml?id=" + entry.leadId())));
        }
        return event;
    }

    private static String summary(CalendarEntry entry) {
        if (entry.type() == CalendarEntry.Type.APPOINTMENT) {
            return entry.title();
        }
        String kind = entry.kind().name().charAt(0) + entry.kind().name().substring(1).toLowerCase();
        return (entry.done() ? "Done: " : "") + kind + ": " + entry.title();
    }

    private static String description(CalendarEntry entry) {
        StringBuilder text = new StringBuilder();
        if (entry.leadName() != null) {
            text.append("Lead: ").append(entry.leadName());
        }
        if (entry.details() != null) {
            text.append(text.length() == 0 ? "" : "\n\n").append(entry.details());
        }
        return text.toString();
    }
}
