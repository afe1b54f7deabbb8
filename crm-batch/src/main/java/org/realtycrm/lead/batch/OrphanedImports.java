package org.realtycrm.lead.batch;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.realtycrm.lead.entity.LeadImport;
import org.realtycrm.lead.entity.LeadImportRepository;

/**
 * Claims an import whose server died under it. The batch runtime cannot tell a killed execution from a running
 * one: it stays STARTED in its tables, and JobOperator refuses to restart it. Once this instance knows the
 * execution is dead (it was its own, and it has just started), it marks it FAILED in the batch tables, which makes
 * it restartable from its last checkpoint, and so are the executions of its parts, which then resume at their own
 * checkpoints. The import row is locked meanwhile, so two instances never both claim it.
 */
@ApplicationScoped
public class OrphanedImports {

    /** An import to resume: its last execution, or none when the job never began. */
    public record Claim(long importId, Long executionId) {
    }

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    LeadImportRepository imports;

    /**
     * The execution's stale rows, and those of its parts: the batch runtime runs each part of a partitioned step as a
     * job of its own, named {@code :<instance>:<step>:<part>} after the job instance it belongs to.
     */
    private static final String DEAD_EXECUTIONS = """
            select jobexecid from executioninstancedata where jobexecid = ?1
            union all
            select e.jobexecid from executioninstancedata e
              join jobinstancedata part on part.jobinstanceid = e.jobinstanceid
              join executioninstancedata top on top.jobexecid = ?1
             where part.name like ':' || top.jobinstanceid || ':%'
            """;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claim> claim(long importId) {
        Optional<LeadImport> locked = imports.lockUnfinished(importId);
        locked.map(LeadImport::getExecutionId).ifPresent(execution -> {
            em.createNativeQuery("update stepexecutioninstancedata set batchstatus = 'FAILED', exitstatus = 'FAILED', "
                            + "endtime = now() where jobexecid in (" + DEAD_EXECUTIONS + ") "
                            + "and batchstatus in ('STARTING', 'STARTED')")
                    .setParameter(1, execution).executeUpdate();
            em.createNativeQuery("update executioninstancedata set batchstatus = 'FAILED', exitstatus = 'FAILED', "
                            + "endtime = now(), updatetime = now() where jobexecid in (" + DEAD_EXECUTIONS + ") "
                            + "and batchstatus in ('STARTING', 'STARTED')")
                    .setParameter(1, execution).executeUpdate();
        });
        return locked.map(found -> new Claim(found.getId(), found.getExecutionId()));
    }
}
