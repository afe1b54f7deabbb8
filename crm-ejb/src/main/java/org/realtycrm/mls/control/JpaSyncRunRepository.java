package org.realtycrm.mls.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.mls.entity.SyncRun;
import org.realtycrm.mls.entity.SyncRunRepository;

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
}
