package org.realtycrm.task.entity;

import java.util.Optional;

public interface CalendarFeedRepository {

    void add(CalendarFeed feed);

    Optional<CalendarFeed> ofUser(long userId);

    /** The feed whose secret hashes to {@code secretHash} ({@link CalendarFeed#hash}). */
    Optional<CalendarFeed> bySecretHash(String secretHash);

    void remove(CalendarFeed feed);
}
