package org.realtycrm.audit.control;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.realtycrm.audit.entity.Activity;
import org.realtycrm.audit.entity.ActivityQuery;
import org.realtycrm.audit.entity.ActivityRepository;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

@ApplicationScoped
public class JpaActivityRepository implements ActivityRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public Activity add(Activity activity) {
        em.persist(activity);
        return activity;
    }

    @Override
    public Page<Activity> forLead(long leadId, PageRequest page) {
        List<Activity> items = em.createQuery("select a from Activity a left join fetch a.actor "
                        + "where a.leadId = :lead order by a.occurredAt desc, a.id desc", Activity.class)
                .setParameter("lead", leadId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(a) from Activity a where a.leadId = :lead", Long.class)
                .setParameter("lead", leadId)
                .getSingleResult();
        return Page.of(items, total, page);
    }

    @Override
    public Page<Activity> search(ActivityQuery query, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Activity> select = cb.createQuery(Activity.class);
        Root<Activity> activity = select.from(Activity.class);
        activity.fetch("actor", jakarta.persistence.criteria.JoinType.LEFT);
        select.where(filters(cb, activity, query))
                .orderBy(cb.desc(activity.get("occurredAt")), cb.desc(activity.get("id")));
        List<Activity> items = em.createQuery(select)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Activity> counted = count.from(Activity.class);
        count.select(cb.count(counted)).where(filters(cb, counted, query));
        return Page.of(items, em.createQuery(count).getSingleResult(), page);
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<Activity> activity, ActivityQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (query.subjectType() != null) {
            where.add(cb.equal(activity.get("subjectType"), query.subjectType()));
        }
        if (query.subjectId() != null) {
            where.add(cb.equal(activity.get("subjectId"), query.subjectId()));
        }
        if (query.actorId() != null) {
            where.add(cb.equal(activity.get("actor").get("id"), query.actorId()));
        }
        if (query.action() != null) {
            where.add(cb.equal(activity.get("action"), query.action()));
        }
        if (query.since() != null) {
            where.add(cb.greaterThanOrEqualTo(activity.get("occurredAt"), query.since()));
        }
        if (query.until() != null) {
            where.add(cb.lessThan(activity.get("occurredAt"), query.until()));
        }
        return where.toArray(Predicate[]::new);
    }
}
