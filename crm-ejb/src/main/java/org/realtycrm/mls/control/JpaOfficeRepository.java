package org.realtycrm.mls.control;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.mls.entity.Office;
import org.realtycrm.mls.entity.OfficeRepository;

@ApplicationScoped
public class JpaOfficeRepository implements OfficeRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public Optional<Office> find(long feedId, String officeKey) {
        // answered by the unique index (feed_id, office_key)
        return em.createQuery("select m from Office m where m.feedId = :feed and m.officeKey = :key", Office.class)
                .setParameter("feed", feedId)
                .setParameter("key", officeKey)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Map<String, Office> findByKeys(long feedId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m from Office m where m.feedId = :feed and m.officeKey in :keys", Office.class)
                .setParameter("feed", feedId)
                .setParameter("keys", keys)
                .getResultStream()
                .collect(Collectors.toMap(Office::getOfficeKey, Function.identity()));
    }

    @Override
    public void add(Office office) {
        em.persist(office);
    }
}
