package org.realtycrm.pipeline.batch;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.pipeline.control.PullScrubs;

/**
 * The scrub step's transaction. A session bean, not a CDI {@code @Transactional} method: on the batch runtime's
 * threads only a container call enlists the JDBC connection the scrub streams its suppressions on (a CDI transaction
 * there left it in auto-commit, and its temporary table gone before it was read). Called by the run's step alone,
 * which runs as nobody.
 */
@Stateless
@PermitAll
public class PullScrubbing {

    @Inject
    PullScrubs scrubs;

    public void scrub(long pullId) {
        scrubs.scrub(pullId);
    }
}
