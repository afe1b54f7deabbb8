package org.realtycrm.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Declares a job execution dead after its server died under it. The batch runtime cannot tell a killed execution
 * from a running one: it stays STARTED in its tables, and JobOperator refuses to restart it. A caller that knows the
 * execution is dead (it was its own node's, and that node has just started) marks it FAILED here, with the
 * executions of its parts, which makes the job restartable from its last checkpoints. Joins the caller's transaction,
 * which holds the lock on the record the job was running for.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class DeadJobExecutions {

    /**
     * The execution's rows, and those of its parts: the batch runtime runs each part of a partitioned step as a job
     * of its own, named {@code :<instance>:<step>:<part>} after the job instance it belongs to.
     */
    private static final String EXECUTIONS = """
            select jobexecid from executioninstancedata where jobexecid = ?1
            union all
            select e.jobexecid from executioninstancedata e
              join jobinstancedata part on part.jobinstanceid = e.jobinstanceid
              join executioninstancedata top on top.jobexecid = ?1
             where part.name like ':' || top.jobinstanceid || ':%'
            """;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    public void markFailed(long executionId) {
        em.createNativeQuery("update stepexecutioninstancedata set batchstatus = 'FAILED', exitstatus = 'FAILED', "
                        + "endtime = now() where jobexecid in (" + EXECUTIONS + ") "
                        + "and batchstatus in ('STARTING', 'STARTED')")
                .setParameter(1, executionId).executeUpdate();
        em.createNativeQuery("update executioninstancedata set batchstatus = 'FAILED', exitstatus = 'FAILED', "
                        + "endtime = now(), updatetime = now() where jobexecid in (" + EXECUTIONS + ") "
                        + "and batchstatus in ('STARTING', 'STARTED')")
                .setParameter(1, executionId).executeUpdate();
    }
}
