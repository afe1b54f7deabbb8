package org.realtycrm.mls.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.mls.entity.Feed;
import org.realtycrm.mls.entity.FeedRepository;
import org.realtycrm.platform.persistence.NativeTimestamps;

@ApplicationScoped
public class JpaFeedRepository implements FeedRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public Optional<Feed> find(long id) {
        return Optional.ofNullable(em.find(Feed.class, id));
    }

    @Override
    public List<Feed> all() {
        // the options with the feeds, in the same read (Hibernate 6 returns each feed once)
        return em.createQuery("select f from Feed f left join fetch f.options order by lower(f.name), f.id", Feed.class)
                .getResultList();
    }

    @Override
    public void add(Feed feed) {
        em.persist(feed);
    }

    @Override
    public Optional<Instant> tryLease(long feedId, String owner, Duration ttl) {
        // One statement: PostgreSQL locks the row, re-checks the condition on the latest version, and only one of
        // two nodes asking at once gets it. The database's clock decides expiry, so nodes' clocks need not agree.
        // The version stays: the lease is run state, which Feed excludes from its optimistic lock (and writes only
        // when it changes it), so an administrator's edit during a sync is not refused for it.
        List<?> until = em.createNativeQuery("""
                update mls_feeds
                   set lease_owner = ?1,
                       lease_until = now() + make_interval(secs => ?2),
                       updated_at = now()
                 where id = ?3 and enabled
                   and (lease_until is null or lease_until < now() or lease_owner = ?1)
                returning lease_until
                """)
                .setParameter(1, owner)
                .setParameter(2, ttl.toMillis() / 1000.0)
                .setParameter(3, feedId)
                .getResultList();
        return until.stream().findFirst().map(NativeTimestamps::instant);
    }

    @Override
    public boolean holdsLease(long feedId, String owner) {
        return !em.createNativeQuery("""
                select 1 from mls_feeds where id = ?1 and enabled and lease_owner = ?2 and lease_until >= now()
                """)
                .setParameter(1, feedId)
                .setParameter(2, owner)
                .getResultList().isEmpty();
    }
}
