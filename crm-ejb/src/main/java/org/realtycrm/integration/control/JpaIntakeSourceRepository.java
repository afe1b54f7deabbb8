package org.realtycrm.integration.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.integration.entity.IntakeSource;
import org.realtycrm.integration.entity.IntakeSourceRepository;

@ApplicationScoped
public class JpaIntakeSourceRepository implements IntakeSourceRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public IntakeSource add(IntakeSource source) {
        em.persist(source);
        em.flush(); // the id, for the audit entry
        return source;
    }

    @Override
    public Optional<IntakeSource> find(long id) {
        return Optional.ofNullable(em.find(IntakeSource.class, id));
    }

    @Override
    public Optional<IntakeSource> findByKey(String keyId) {
        return em.createQuery("select s from IntakeSource s where s.keyId = :key", IntakeSource.class)
                .setParameter("key", keyId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<IntakeSource> findAll() {
        return em.createQuery("select s from IntakeSource s order by s.active desc, lower(s.name), s.id",
                IntakeSource.class).getResultList();
    }

    @Override
    public boolean nameTaken(String name, Long exceptId) {
        return !em.createQuery("select s.id from IntakeSource s where lower(s.name) = lower(:name) "
                        + "and (:except is null or s.id <> :except)", Long.class)
                .setParameter("name", name.strip())
                .setParameter("except", exceptId)
                .getResultList().isEmpty();
    }
}
