package org.realtycrm.campaign.entity;

import java.util.Optional;

import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

public interface OutboxMailRepository {

    /**
     * Stores a new message and assigns its id at once.
     *
     * @throws jakarta.persistence.PersistenceException when its idempotency key is taken (by a message stored
     *                                                  meanwhile: look it up with {@link #findByIdempotencyKey})
     */
    OutboxMail add(OutboxMail mail);

    Optional<OutboxMail> find(long id);

    Optional<OutboxMail> findByIdempotencyKey(String key);

    /** Newest first. */
    Page<OutboxEntry> page(PageRequest page);
}
