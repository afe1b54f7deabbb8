package org.realtycrm.task.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserRepository;
import org.realtycrm.task.control.CalendarAudit;
import org.realtycrm.task.control.ICalendarWriter;
import org.realtycrm.task.entity.AppointmentRepository;
import org.realtycrm.task.entity.CalendarEntry;
import org.realtycrm.task.entity.CalendarFeed;
import org.realtycrm.task.entity.CalendarFeedRepository;
import org.realtycrm.task.entity.CalendarVisibility;
import org.realtycrm.task.entity.TaskRepository;

/**
 * Each agent's private iCalendar feed, which Google Calendar, Outlook or a phone subscribes to by its address. The
 * agent makes the address, replaces it (the old one then answers nothing) or stops it. The feed itself is read
 * with no sign-in: its secret is the capability.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
public class CalendarFeeds {

    /** How far back a feed reaches: last quarter's appointments stay in the app. */
    static final Duration PAST = Duration.ofDays(92);
    /** How far ahead a feed reaches. */
    static final Duration AHEAD = Duration.ofDays(366);

    @Inject
    CalendarFeedRepository feeds;

    @Inject
    TaskRepository tasks;

    @Inject
    AppointmentRepository appointments;

    @Inject
    UserRepository users;

    @Inject
    CurrentUser caller;

    @Inject
    CalendarAudit audit;

    @Inject
    ICalendarWriter writer;

    /** Where the API and the screens are reached from outside, e.g. {@code https://crm.example.com}. */
    @Inject
    @ConfigProperty(name = "crm.calendar.public-url")
    String publicUrl;

    Clock clock = Clock.systemUTC();

    /** The caller's feed address, if they made one. */
    public Optional<String> address() {
        return feeds.ofUser(caller.id()).map(this::address);
    }

    /** Makes the caller's feed address, or replaces it: the old address answers nothing from now on. */
    public String renew() {
        Optional<CalendarFeed> existing = feeds.ofUser(caller.id());
        CalendarFeed feed = existing.orElseGet(() -> new CalendarFeed(caller.id()));
        if (existing.isPresent()) {
            feed.renew();
        } else {
            feeds.add(feed);
        }
        audit.record(caller.user(), SubjectType.CALENDAR_FEED, feed.getId(), ActivityAction.CALENDAR_FEED_RENEWED,
                existing.isPresent() ? "Calendar feed address replaced: the old one stopped"
                        : "Calendar feed address made", Map.of());
        return address(feed);
    }

    /** Stops the caller's feed; nothing to stop is no error. */
    public void revoke() {
        feeds.ofUser(caller.id()).ifPresent(feed -> {
            audit.record(caller.user(), SubjectType.CALENDAR_FEED, feed.getId(),
                    ActivityAction.CALENDAR_FEED_REVOKED, "Calendar feed address stopped", Map.of());
            feeds.remove(feed);
        });
    }

    /**
     * The feed behind a secret, as iCalendar text; empty when the secret names no feed, or its agent no longer
     * works here (deactivated, or no longer a role with a calendar).
     */
    @PermitAll
    public Optional<String> read(String secret) {
        if (!CalendarFeed.wellFormed(secret)) {
            return Optional.empty();
        }
        return feeds.bySecretHash(CalendarFeed.hash(secret))
                .flatMap(feed -> users.findById(feed.getUserId()))
                .filter(User::canOwnLeads)
                .map(this::calendarOf);
    }

    private String calendarOf(User user) {
        Instant now = clock.instant();
        Instant from = now.minus(PAST);
        Instant to = now.plus(AHEAD);
        CalendarVisibility own = CalendarVisibility.assignedTo(user.getId());
        List<CalendarEntry> entries = new ArrayList<>();
        tasks.dueBetween(from, to, user.getId(), own).forEach(task -> entries.add(CalendarEntry.of(task)));
        appointments.overlapping(from, to, user.getId(), own).forEach(meeting -> entries.add(CalendarEntry.of(meeting)));
        entries.sort(Comparator.comparing(CalendarEntry::start));
        return writer.write("Realty CRM: " + user.getName(), entries, now, base() + "/app/");
    }

    private String address(CalendarFeed feed) {
        return base() + "/api/v1/calendar/feeds/" + feed.getSecret() + ".ics";
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
