package org.realtycrm.notification.ui;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.notification.boundary.Notifications;
import org.realtycrm.notification.entity.Notification;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.ui.RelativeTime;

/** The notification bell of the top bar: the unread count and the newest few, read and marked through the boundary. */
@Named
@RequestScoped
public class Bell {

    static final int SHOWN = 10;

    @Inject
    Notifications notifications;

    private Long unread;
    private List<Notification> latest;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    public List<Notification> getLatest() {
        if (latest == null) {
            latest = notifications.mine(false, new PageRequest(0, SHOWN)).items();
        }
        return latest;
    }

    public void markRead(long id) {
        notifications.markRead(id);
        forget();
    }

    public void markAllRead() {
        notifications.markAllRead();
        forget();
    }

    public String ago(Instant when) {
        return RelativeTime.since(when, Instant.now());
    }

    private void forget() {
        unread = null;
        latest = null;
    }
}
