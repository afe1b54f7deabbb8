package org.realtycrm.identity.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserQuery;
import org.realtycrm.identity.entity.UserRepository;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.persistence.Contains;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public Optional<User> findById(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    @Override
    public Optional<User> findByEmail(String normalizedEmail) {
        return em.createQuery("select u from User u where u.email = :email", User.class)
                .setParameter("email", normalizedEmail)
                .getResultStream()
                .findFirst();
    }

    @Override
    public User add(User user) {
        em.persist(user);
        return user;
    }

    @Override
    public Page<User> search(UserQuery query, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<User> select = cb.createQuery(User.class);
        Root<User> user = select.from(User.class);
        select.where(filters(cb, user, query)).orderBy(cb.asc(user.get("name")), cb.asc(user.get("id")));
        List<User> items = em.createQuery(select)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<User> counted = count.from(User.class);
        count.select(cb.count(counted)).where(filters(cb, counted, query));
        return Page.of(items, em.createQuery(count).getSingleResult(), page);
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<User> user, UserQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (query.role() != null) {
            where.add(cb.equal(user.get("role"), query.role()));
        }
        if (query.active() != null) {
            where.add(cb.equal(user.get("active"), query.active()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            // emails are stored lower-cased
            where.add(cb.or(Contains.text(cb, cb.lower(user.get("name")), query.text()),
                    Contains.text(cb, user.get("email"), query.text())));
        }
        return where.toArray(Predicate[]::new);
    }

    @Override
    public List<User> activeAgentsInTurnOrder() {
        return em.createQuery("select u from User u where u.role = :role and u.active = true order by u.id", User.class)
                .setParameter("role", Role.AGENT)
                .getResultList();
    }

    @Override
    public List<User> activeLeadOwners() {
        List<Role> owners = Arrays.stream(Role.values()).filter(Role::canOwnLeads).toList();
        return em.createQuery("select u from User u where u.role in :roles and u.active = true", User.class)
                .setParameter("roles", owners)
                .getResultList();
    }

    @Override
    public List<User> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from User u where u.id in :ids order by u.id", User.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public long countActiveAdmins() {
        return em.createQuery("select count(u) from User u where u.role = :role and u.active = true", Long.class)
                .setParameter("role", Role.ADMIN)
                .getSingleResult();
    }
}
