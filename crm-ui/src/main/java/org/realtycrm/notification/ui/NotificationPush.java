package org.realtycrm.notification.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

import org.realtycrm.notification.control.NotificationsDelivered;
import org.realtycrm.notification.control.NotificationsRelayed;

/**
 * Tells the open browser sessions of users with new notifications to refresh their bell. Observed after the
 * delivering transaction committed, so the bell's ajax refresh reads the new rows; the message carries no data.
 */
@ApplicationScoped
public class NotificationPush {

    /** The channel of {@code <f:websocket>} in the bell. */
    public static final String CHANNEL = "notifications";
    /** The message, also the event name of the bell's {@code <f:ajax>}. */
    public static final String CHANGED = "changed";

    @Inject
    @Push(channel = CHANNEL)
    PushContext browsers;

    /**
     * Public, not package-private: when the first notification of a server's life comes from a batch or timer
     * thread, Weld defines this bean's client proxy in another class loader, where a package-private observer is
     * not overridden; CDI then ran this body on the bare proxy, whose {@code browsers} is null, and the bell stayed
     * dead until a restart.
     */
    public void onDelivered(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsDelivered delivered) {
        browsers.send(CHANGED, delivered.userIds());
    }

    /** Another node delivered them: its browsers were told there, the ones connected to this node are told here. */
    public void onRelayed(@Observes NotificationsRelayed relayed) {
        browsers.send(CHANGED, relayed.userIds());
    }
}
