package org.realtycrm.report.control;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.report.entity.SourceCost;
import org.realtycrm.report.entity.SourceCostRepository;

@ApplicationScoped
public class JpaSourceCostRepository implements SourceCostRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public List<SourceCost> all() {
        return em.createQuery("select c from SourceCost c order by lower(c.source), c.source, c.month desc",
                SourceCost.class).getResultList();
    }

    @Override
    public Optional<SourceCost> find(String source, YearMonth month) {
        return em.createQuery("select c from SourceCost c where c.source = :source and c.month = :month",
                        SourceCost.class)
                .setParameter("source", source)
                .setParameter("month", month.atDay(1))
                .getResultStream().findFirst();
    }

    @Override
    public List<SourceCost> between(YearMonth first, YearMonth last) {
        return em.createQuery("select c from SourceCost c where c.month between :first and :last", SourceCost.class)
                .setParameter("first", first.atDay(1))
                .setParameter("last", last.atDay(1))
                .getResultList();
    }

    @Override
    public void add(SourceCost cost) {
        em.persist(cost);
        em.flush(); // the id, for the audit entry
    }

    @Override
    public void remove(SourceCost cost) {
        em.remove(cost);
    }
}
