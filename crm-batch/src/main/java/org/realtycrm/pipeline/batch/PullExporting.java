package org.realtycrm.pipeline.batch;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.identity.entity.User;
import org.realtycrm.pipeline.control.ExportFiles;
import org.realtycrm.pipeline.entity.ExportPlatform;
import org.realtycrm.pipeline.entity.ListPull;

/**
 * The export step's transactions, one per platform: a file written and recorded commits on its own, so a run stopped
 * after the mail house's file and before the dialer's writes only the dialer's when it restarts. A session bean for
 * the same reason as {@link PullScrubbing}; called by the run's step alone, which runs as nobody.
 */
@Stateless
@PermitAll
public class PullExporting {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    ExportFiles files;

    /** Writes the list's file for the platform unless it has one; the list's receiver is its author (or nobody). */
    public void export(long pullId, ExportPlatform platform) {
        if (files.exists(pullId, platform)) {
            return;
        }
        ListPull pull = em.find(ListPull.class, pullId);
        User receiver = pull.getReceivedById() == null ? null : em.find(User.class, pull.getReceivedById());
        files.write(pull, platform, receiver);
    }
}
