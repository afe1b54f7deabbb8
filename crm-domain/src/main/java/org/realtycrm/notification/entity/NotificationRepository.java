package org.realtycrm.notification.entity;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

public interface NotificationRepository {

    /** Stores it unless one with the same dedupe key exists; returns whether it was stored. */
    boolean addOnce(Notification notification);

    /** Newest first; only unread ones when {@code unreadOnly}. */
    Page<Notification> forRecipient(long recipientId, boolean unreadOnly, PageRequest page);

    long countUnread(long recipientId);

    Optional<Notification> find(long id, long recipientId);

    /**
     * Notifies the assigned agents of up to {@code limit} leads whose follow-up time has passed and who were not yet
     * reminded of that due time, oldest first.
     *
     * @return the recipients of the reminders stored, each once
     */
    Set<Long> notifyDueFollowUps(int limit);

    /** @return how many were unread */
    int markAllRead(long recipientId, Instant when);
}
