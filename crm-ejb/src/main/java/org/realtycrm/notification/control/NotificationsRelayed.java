package org.realtycrm.notification.control;

import java.util.Set;

/**
 * CDI event: another node delivered notifications to these users ({@link PeerBells}). Fired outside any transaction,
 * after the other node's commit; the screens push it to the users' browsers connected to this node.
 */
public record NotificationsRelayed(Set<Long> userIds) {

    public NotificationsRelayed {
        userIds = Set.copyOf(userIds);
    }
}
