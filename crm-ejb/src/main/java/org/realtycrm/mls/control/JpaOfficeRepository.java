package org.realtycrm.mls.control;

import java.util.Optional;

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
    public void add(Office office) {
        em.persist(office);
    }
}
