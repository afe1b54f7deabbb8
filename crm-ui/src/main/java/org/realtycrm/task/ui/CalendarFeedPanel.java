package org.realtycrm.task.ui;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.platform.ui.Messages;
import org.realtycrm.task.boundary.CalendarFeeds;

/**
 * The calendar page's "Your calendar feed": the private address at which Google Calendar, Outlook or Apple Calendar
 * read the caller's tasks and appointments (iCalendar), made, replaced (the old address stops working at once: what
 * to do when it was shared by mistake) or stopped. The address is a secret of its own: only its owner sees it.
 */
@Named
@ViewScoped
public class CalendarFeedPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarFeeds feeds;

    /** {@code null} while the caller has no feed. */
    private String address;

    @PostConstruct
    void init() {
        address = feeds.address().orElse(null);
    }

    public void renew() {
        try {
            boolean replacing = address != null;
            address = feeds.renew();
            Messages.info(replacing ? "The feed has a new address: the old one no longer works. Subscribe again "
                    + "with this one." : "Your feed's address is ready: subscribe to it in your calendar app.");
        } catch (RuntimeException refused) {
            EntryErrors.report(refused, null);
        }
    }

    public void revoke() {
        try {
            feeds.revoke();
            address = null;
            Messages.info("The feed is stopped: calendars subscribed to it get nothing from now on.");
        } catch (RuntimeException refused) {
            EntryErrors.report(refused, null);
        }
    }

    public String getAddress() {
        return address;
    }

    public boolean isMade() {
        return address != null;
    }
}
