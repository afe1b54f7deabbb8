package org.realtycrm.pipeline.batch;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.realtycrm.pipeline.control.PullLedger;
import org.realtycrm.platform.cluster.NodeName;

/**
 * Runs on the lists this node was running when it went down (a crash, a kill, a power cut), and starts the runs of
 * lists received just before it went down: each run resumes at its first record not stored and polls the skip-trace
 * batches it already paid for, so nothing is lost or done twice. Runs once, shortly after the application has
 * started, so that the batch runtime is ready. Other nodes' runs are left to them.
 */
@Startup
@Singleton
@DependsOn("crm-ejb.jar#FlywayMigrator")
public class PullRecovery {

    private static final Logger LOG = Logger.getLogger(PullRecovery.class.getName());
    private static final long DELAY_MILLIS = 3_000;

    @Resource
    TimerService timers;

    @Inject
    PullLedger ledger;

    @Inject
    ListPulls pulls;

    /** The newest pull when this node started: any later one is this run's own, and alive. */
    private long lastBeforeStart;

    @PostConstruct
    void scheduleOnce() {
        lastBeforeStart = ledger.lastId();
        timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig("list-pull-recovery", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void resumeOrphans() {
        for (long pullId : ledger.orphansOf(NodeName.get(), lastBeforeStart)) {
            try {
                if (pulls.resume(pullId)) {
                    LOG.info(() -> "List pull " + pullId + " resumed after a restart");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "List pull " + pullId + " could not be resumed", e);
            }
        }
    }
}
