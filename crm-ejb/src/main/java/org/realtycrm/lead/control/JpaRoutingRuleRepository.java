package org.realtycrm.lead.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.lead.entity.RoutingRule;
import org.realtycrm.lead.entity.RoutingRuleRepository;

@ApplicationScoped
public class JpaRoutingRuleRepository implements RoutingRuleRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public List<RoutingRule> inOrder() {
        return em.createQuery("select r from RoutingRule r order by r.position, r.id", RoutingRule.class)
                .getResultList();
    }

    @Override
    public Optional<RoutingRule> find(long id) {
        return Optional.ofNullable(em.find(RoutingRule.class, id));
    }

    @Override
    public void add(RoutingRule rule) {
        em.persist(rule);
        em.flush(); // the id, for the audit entry
    }

    @Override
    public void remove(RoutingRule rule) {
        em.remove(rule);
    }

    @Override
    public int nextPosition() {
        Integer last = em.createQuery("select max(r.position) from RoutingRule r", Integer.class).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    @Override
    public boolean namesPond(long pondId) {
        return !em.createQuery("select r.id from RoutingRule r where r.pondId = :pond or r.missPondId = :pond",
                Long.class).setParameter("pond", pondId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public boolean namesTeam(long teamId) {
        return !em.createQuery("select r.id from RoutingRule r where r.teamId = :team", Long.class)
                .setParameter("team", teamId).setMaxResults(1).getResultList().isEmpty();
    }
}
