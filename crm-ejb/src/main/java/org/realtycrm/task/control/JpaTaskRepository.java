package org.realtycrm.task.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.task.entity.CalendarVisibility;
import org.realtycrm.task.entity.Task;
import org.realtycrm.task.entity.TaskQuery;
import org.realtycrm.task.entity.TaskRepository;

@ApplicationScoped
public class JpaTaskRepository implements TaskRepository {

    /** Whose task it is, and that its lead (if any) is live: a deleted lead's tasks are gone with it. */
    private static final String VISIBLE = " where (:only is null or t.assignee.id = :only)"
            + " and (l is null or l.deletedAt is null)";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public void add(Task task) {
        em.persist(task);
        em.flush(); // the id, for the audit entry
    }

    @Override
    public Optional<Task> find(long id, CalendarVisibility visibility) {
        return em.createQuery("select t from Task t left join fetch t.lead l join fetch t.assignee" + VISIBLE
                        + " and t.id = :id", Task.class)
                .setParameter("only", visibility.onlyAssigneeId())
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Page<Task> search(TaskQuery query, CalendarVisibility visibility, PageRequest page) {
        String where = VISIBLE
                + " and (:assignee is null or t.assignee.id = :assignee)"
                + " and (:lead is null or l.id = :lead)"
                + (query.open() == null ? "" : query.open() ? " and t.completedAt is null" : " and t.completedAt is not null")
                // only the bounds given: a null time parameter has no type PostgreSQL can infer
                + (query.dueFrom() == null ? "" : " and t.dueAt >= :from")
                + (query.dueTo() == null ? "" : " and t.dueAt < :to");
        List<Task> items = bind(em.createQuery("select t from Task t left join fetch t.lead l join fetch t.assignee"
                + where + " order by t.dueAt, t.id", Task.class), query, visibility)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = bind(em.createQuery("select count(t) from Task t left join t.lead l" + where, Long.class),
                query, visibility).getSingleResult();
        return Page.of(items, total, page);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, TaskQuery query, CalendarVisibility visibility) {
        q.setParameter("only", visibility.onlyAssigneeId())
                .setParameter("assignee", query.assigneeId())
                .setParameter("lead", query.leadId());
        if (query.dueFrom() != null) {
            q.setParameter("from", query.dueFrom());
        }
        if (query.dueTo() != null) {
            q.setParameter("to", query.dueTo());
        }
        return q;
    }

    @Override
    public List<Task> dueBetween(Instant from, Instant to, Long assigneeId, CalendarVisibility visibility) {
        return em.createQuery("select t from Task t left join fetch t.lead l join fetch t.assignee" + VISIBLE
                        + " and (:assignee is null or t.assignee.id = :assignee)"
                        + " and t.dueAt >= :from and t.dueAt < :to order by t.dueAt, t.id", Task.class)
                .setParameter("only", visibility.onlyAssigneeId())
                .setParameter("assignee", assigneeId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public void remove(Task task) {
        em.remove(task);
    }
}
