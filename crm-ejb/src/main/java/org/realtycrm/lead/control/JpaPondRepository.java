package org.realtycrm.lead.control;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.Pond;
import org.realtycrm.lead.entity.PondRepository;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

@ApplicationScoped
public class JpaPondRepository implements PondRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public List<Pond> all() {
        return em.createQuery("select p from Pond p order by lower(p.name), p.id", Pond.class).getResultList();
    }

    @Override
    public Optional<Pond> find(long id) {
        return Optional.ofNullable(em.find(Pond.class, id));
    }

    @Override
    public void add(Pond pond) {
        em.persist(pond);
        em.flush(); // the id, for the audit entry
    }

    @Override
    public void remove(Pond pond) {
        // a lead deleted while it waited still names its pond; deleted, it has no claim on it
        em.createNativeQuery("update leads set pond_id = null where pond_id = ?1 and deleted_at is not null")
                .setParameter(1, pond.getId()).executeUpdate();
        em.remove(pond);
    }

    @Override
    public boolean nameTaken(String name, Long exceptId) {
        return !em.createQuery("select p.id from Pond p where lower(p.name) = lower(:name)"
                        + " and (:except is null or p.id <> :except)", Long.class)
                .setParameter("name", name.strip())
                .setParameter("except", exceptId)
                .getResultList().isEmpty();
    }

    @Override
    public List<Pond> ofMember(long userId) {
        return em.createQuery("select p from Pond p where :user member of p.memberIds order by lower(p.name)",
                Pond.class).setParameter("user", userId).getResultList();
    }

    @Override
    public Page<Lead> leadsIn(long pondId, PageRequest page) {
        List<Lead> items = em.createQuery("select l from Lead l where l.pondId = :pond and l.deletedAt is null"
                        + " order by l.createdAt, l.id", Lead.class)
                .setParameter("pond", pondId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(l) from Lead l where l.pondId = :pond and l.deletedAt is null",
                Long.class).setParameter("pond", pondId).getSingleResult();
        return Page.of(items, total, page);
    }

    @Override
    public boolean claim(long leadId, long pondId, long agentId, Instant now, Instant contactDue) {
        return em.createNativeQuery("update leads set assigned_agent_id = ?1, pond_id = null, assigned_at = ?2,"
                        + " contact_due_at = ?3, version = version + 1, updated_at = ?2"
                        + " where id = ?4 and pond_id = ?5 and deleted_at is null")
                .setParameter(1, agentId)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, contactDue == null ? null : Timestamp.from(contactDue))
                .setParameter(4, leadId)
                .setParameter(5, pondId)
                .executeUpdate() == 1;
    }
}
