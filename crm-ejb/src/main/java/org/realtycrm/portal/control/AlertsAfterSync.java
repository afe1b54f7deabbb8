package org.realtycrm.portal.control;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.realtycrm.mls.control.FeedSynced;
import org.realtycrm.portal.entity.AlertFrequency;

/** After each MLS sync: the instant alerts of what it brought. */
@ApplicationScoped
public class AlertsAfterSync {

    private static final Logger LOG = Logger.getLogger(AlertsAfterSync.class.getName());

    @Inject
    ListingAlerts alerts;

    public void afterSync(@Observes FeedSynced sync) {
        try {
            int sent = alerts.run(AlertFrequency.INSTANT);
            if (sent > 0) {
                LOG.info(() -> sent + " listing alerts after sync run " + sync.runId());
            }
        } catch (RuntimeException e) {
            // the sync has ended and recorded itself; the next one looks again
            LOG.log(Level.WARNING, "the listing alerts after sync run " + sync.runId() + " failed: " + e, e);
        }
    }
}
