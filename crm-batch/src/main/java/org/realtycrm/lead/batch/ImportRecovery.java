package org.realtycrm.lead.batch;

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

import org.realtycrm.lead.entity.ImportStatus;
import org.realtycrm.lead.control.ImportAudit;
import org.realtycrm.lead.entity.LeadImportRepository;

/**
 * Resumes the imports this server instance was running when it went down (a crash, a kill, a power cut): each is
 * restarted from its last committed chunk, so no row is lost or imported twice. Runs once, shortly after the
 * application has started, so that the batch runtime is ready. Imports of other instances are left to them.
 */
@Startup
@Singleton
@DependsOn("crm-ejb.jar#FlywayMigrator")
public class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());
    private static final long DELAY_MILLIS = 3_000;

    @Resource
    TimerService timers;

    @Inject
    LeadImportRepository imports;

    @Inject
    ImportAudit audit;

    @Inject
    OrphanedImports orphans;

    @Inject
    LeadImports starter;

    /** The newest import when this instance started: any later one was started by this run, and is alive. */
    private long lastBeforeStart;

    @PostConstruct
    void scheduleOnce() {
        lastBeforeStart = imports.lastId();
        timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig("import-recovery", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void resumeOrphans() {
        for (long importId : imports.unfinishedOf(ImportRunner.name(), lastBeforeStart)) {
            try {
                orphans.claim(importId).ifPresent(this::resume);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Import " + importId + " could not be resumed", e);
                audit.finish(importId, ImportStatus.FAILED, "could not be resumed after a restart: " + e);
            }
        }
    }

    private void resume(OrphanedImports.Claim claim) {
        audit.startedIfMissing(claim.importId());
        starter.resume(claim.importId(), claim.executionId());
        LOG.info(() -> "Import " + claim.importId() + " resumed after a restart (execution " + claim.executionId() + ")");
    }
}
