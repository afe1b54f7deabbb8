package org.realtycrm.mls.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.mls.entity.SyncKind;
import org.realtycrm.mls.entity.SyncRun;
import org.realtycrm.mls.entity.SyncRunRepository;
import org.realtycrm.mls.entity.SyncStatus;

@ApplicationScoped
public class JpaSyncRunRepository implements SyncRunRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public void add(SyncRun run) {
        em.persist(run);
    }

    @Override
    public List<SyncRun> recent(long feedId, int limit) {
        return em.createQuery("select r from SyncRun r where r.feedId = :feed order by r.startedAt desc, r.id desc",
                        SyncRun.class)
                .setParameter("feed", feedId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<SyncRun> find(long id) {
        return Optional.ofNullable(em.find(SyncRun.class, id));
    }

    @Override
    public Optional<Instant> lastSucceeded(long feedId) {
        return Optional.ofNullable(em.createQuery("select max(r.finishedAt) from SyncRun r where r.feedId = :feed "
                        + "and r.status = :succeeded", Instant.class)
                .setParameter("feed", feedId)
                .setParameter("succeeded", SyncStatus.SUCCEEDED)
                .getSingleResult());
    }

    @Override
    public Map<Long, Instant> lastSucceededByFeed() {
        return em.createQuery("select r.feedId, max(r.finishedAt) from SyncRun r where r.status = :succeeded "
                        + "group by r.feedId", Object[].class)
                .setParameter("succeeded", SyncStatus.SUCCEEDED)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Instant) row[1]));
    }

    @Override
    public List<SyncRun> running(long feedId) {
        return em.createQuery("select r from SyncRun r where r.feedId = :feed and r.status = :running", SyncRun.class)
                .setParameter("feed", feedId)
                .setParameter("running", SyncStatus.RUNNING)
                .getResultList();
    }

    @Override
    public Optional<SyncRun> latest(long feedId, SyncKind kind) {
        return em.createQuery("select r from SyncRun r where r.feedId = :feed and r.kind = :kind "
                        + "order by r.startedAt desc, r.id desc", SyncRun.class)
                .setParameter("feed", feedId)
                .setParameter("kind", kind)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
