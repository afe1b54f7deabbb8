package org.realtycrm.notification.control;

import java.util.Set;

/**
 * CDI event: these users have new notifications. Fired inside the transaction that stored them; observers that tell
 * a browser should observe {@code during = TransactionPhase.AFTER_SUCCESS}, so that the browser reads committed rows.
 */
public record NotificationsDelivered(Set<Long> userIds) {

    public NotificationsDelivered {
        userIds = Set.copyOf(userIds);
    }
}
