package org.realtycrm.pipeline.control;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.entity.User;
import org.realtycrm.pipeline.entity.ListPull;
import org.realtycrm.pipeline.entity.PullStatus;
import org.realtycrm.pipeline.entity.ListSource;
import org.realtycrm.platform.cluster.NodeName;
import org.realtycrm.platform.persistence.DeadJobExecutions;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * A pull's life as the run and the poller record it, each change in a transaction of its own: the run's steps read
 * the pull from other threads, so what they read must have committed. Receiving a list and the end of its run are
 * in the audit trail.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class PullLedger {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    ActivityRecorder activities;

    @Inject
    DeadJobExecutions deadExecutions;

    Clock clock = Clock.systemUTC();

    /**
     * A list arrived: its file is stored under {@code documentKey}.
     *
     * @param marker the file's version at the source; {@code null} for an upload
     */
    public ListPull received(ListSource source, String fileName, String documentKey, long size, String marker,
            Long receivedById) {
        ListPull pull = new ListPull(source.getId(), fileName, documentKey, size, marker, receivedById,
                NodeName.get(), clock.instant());
        em.persist(pull);
        em.flush();
        User actor = receivedById == null ? null : em.find(User.class, receivedById);
        activities.record(actor, SubjectType.LIST_PULL, pull.getId(), ActivityAction.LIST_RECEIVED,
                "List " + pull.getFileName() + " received from " + source.getName()
                        + (actor == null ? " (picked up)" : " (uploaded)"), Map.of());
        return pull;
    }

    public ListPull find(long pullId) {
        return Optional.ofNullable(em.find(ListPull.class, pullId))
                .orElseThrow(() -> new RecordNotFoundException("list pull", pullId));
    }

    /** The pull, its row locked until the caller's transaction ends: the parse step's chunks update it meanwhile. */
    private ListPull locked(long pullId) {
        return Optional.ofNullable(em.find(ListPull.class, pullId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new RecordNotFoundException("list pull", pullId));
    }

    public void started(long pullId, long executionId) {
        find(pullId).started(executionId, NodeName.get());
    }

    /** The newest pull now: any later one arrives while this node runs. */
    public long lastId() {
        return ((Number) em.createNativeQuery("select coalesce(max(id), 0) from pipeline_pulls").getSingleResult())
                .longValue();
    }

    /**
     * Pulls up to {@code upToId} that this node received or was running when it stopped (it died between receiving
     * a list and starting its run, or during the run), oldest first.
     */
    public List<Long> orphansOf(String runner, long upToId) {
        return ((List<?>) em.createNativeQuery("""
                        select id from pipeline_pulls
                         where id <= ?2 and runner = ?1 and status in ('RECEIVED', 'PARSING', 'TRACING', 'SCRUBBING', 'IMPORTING', 'EXPORTING')
                         order by id""")
                .setParameter(1, runner).setParameter(2, upToId)
                .getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Takes an orphaned pull for this node: locked (another node recovering at the same moment skips it), its dead
     * execution made restartable, and the pull marked stopped by the node's end.
     *
     * @return the pull, when it is still orphaned
     */
    public Optional<ListPull> claimOrphan(long pullId) {
        Optional<ListPull> locked = em.createQuery("select p from ListPull p where p.id = :id", ListPull.class)
                .setParameter("id", pullId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // Hibernate: skip locked
                .getResultStream().findFirst().filter(ListPull::isUnfinished);
        locked.ifPresent(pull -> {
            if (pull.getJobExecutionId() != null) {
                deadExecutions.markFailed(pull.getJobExecutionId());
                pull.failed("the server stopped during the run", clock.instant());
            }
        });
        return locked;
    }

    /** A stopped run is to go on: the pull is waiting for its run again (audited). */
    /** @param byUserId who asked; {@code null} for the node's recovery after a crash */
    public void restartRequested(long pullId, Long byUserId) {
        ListPull pull = find(pullId);
        pull.restartRequested();
        activities.record(byUserId == null ? null : em.find(User.class, byUserId), SubjectType.LIST_PULL, pullId, ActivityAction.LIST_RUN_RESTARTED,
                "List " + pull.getFileName() + " restarted after: " + pull.getError(), Map.of());
    }

    /**
     * The run's step began: the pull's status says which. The parts of a partitioned step each begin it, side by
     * side with each other's chunks: the row is locked (not merely version-checked) so that none of them fails.
     */
    public void stepStarted(long pullId, PullStatus step) {
        locked(pullId).stepStarted(step);
    }

    public void finished(long pullId) {
        ListPull pull = locked(pullId);
        pull.finished(clock.instant());
        activities.record(null, SubjectType.LIST_PULL, pullId, ActivityAction.LIST_RUN_FINISHED,
                "List " + pull.getFileName() + " done: " + pull.getRowsKept() + " kept, " + pull.getRowsFiltered()
                        + " left out by the criteria, " + pull.getRowsRejected() + " rejected; "
                        + pull.getOwnersFound() + " owners traced; " + pull.getLeadsCreated() + " new leads, "
                        + pull.getLeadsMerged() + " merged into leads already there", Map.of());
    }

    /** The run stopped; when it had already (another part of its step failed first), its first reason stays. */
    public void failed(long pullId, String reason) {
        ListPull pull = locked(pullId);
        if (!pull.failed(reason, clock.instant())) {
            return;
        }
        activities.record(null, SubjectType.LIST_PULL, pullId, ActivityAction.LIST_RUN_FINISHED,
                "List " + pull.getFileName() + " stopped: " + pull.getError(), Map.of());
    }

    /** Whether this version of a file has been received from the source already (its clearing failed). */
    public boolean alreadyReceived(long sourceId, String marker) {
        return !em.createQuery("select p.id from ListPull p where p.sourceId = :source and p.sourceMarker = :marker",
                        Long.class).setParameter("source", sourceId).setParameter("marker", marker)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Claims a polled source's look for this node: its last look is moved to now, unless another node has looked
     * within its period. Two nodes' timers never pick up the same file.
     */
    public boolean claimLook(long sourceId) {
        return em.createNativeQuery("""
                        update pipeline_sources set last_polled_at = now()
                         where id = ?1 and enabled and poll_minutes is not null
                           and (last_polled_at is null
                                or last_polled_at <= now() - make_interval(mins => poll_minutes))""")
                .setParameter(1, sourceId).executeUpdate() == 1;
    }

    /** A look at the source went well; {@code marker}: the HTTPS file just picked up (not to be pulled again). */
    public void sourcePolled(long sourceId, String marker) {
        source(sourceId).polled(clock.instant(), marker);
    }

    public void sourcePollFailed(long sourceId, String error) {
        source(sourceId).pollFailed(clock.instant(), error);
    }

    /** The source as the run reads it (its mapping and criteria may have changed since the list arrived). */
    public ListSource source(long sourceId) {
        return Optional.ofNullable(em.find(ListSource.class, sourceId))
                .orElseThrow(() -> new RecordNotFoundException("list source", sourceId));
    }
}
