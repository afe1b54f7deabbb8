package org.realtycrm.lead.batch;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.realtycrm.lead.entity.LeadImport;
import org.realtycrm.lead.entity.LeadImportRepository;
import org.realtycrm.platform.persistence.DeadJobExecutions;

/**
 * Claims an import whose server died under it: its execution was this instance's, and this instance has just
 * started, so the execution is dead ({@link DeadJobExecutions} makes it restartable, its parts resuming at their own
 * checkpoints). The import row is locked meanwhile, so two instances never both claim it.
 */
@ApplicationScoped
public class OrphanedImports {

    /** An import to resume: its last execution, or none when the job never began. */
    public record Claim(long importId, Long executionId) {
    }

    @Inject
    DeadJobExecutions deadExecutions;

    @Inject
    LeadImportRepository imports;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claim> claim(long importId) {
        Optional<LeadImport> locked = imports.lockUnfinished(importId);
        locked.map(LeadImport::getExecutionId).ifPresent(deadExecutions::markFailed);
        return locked.map(found -> new Claim(found.getId(), found.getExecutionId()));
    }
}
