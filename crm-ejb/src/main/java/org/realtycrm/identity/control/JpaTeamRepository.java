package org.realtycrm.identity.control;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.identity.entity.Team;
import org.realtycrm.identity.entity.TeamRepository;

@ApplicationScoped
public class JpaTeamRepository implements TeamRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public List<Team> all() {
        return em.createQuery("select t from Team t order by lower(t.name), t.id", Team.class).getResultList();
    }

    @Override
    public Optional<Team> find(long id) {
        return Optional.ofNullable(em.find(Team.class, id));
    }

    @Override
    public void add(Team team) {
        em.persist(team);
        em.flush(); // the id, for the audit entry
    }

    @Override
    public void remove(Team team) {
        em.remove(team);
    }

    @Override
    public Set<Long> membersLedBy(long leaderId) {
        return new HashSet<>(em.createQuery("select m from Team t join t.memberIds m where t.leaderId = :leader",
                Long.class).setParameter("leader", leaderId).getResultList());
    }

    @Override
    public boolean nameTaken(String name, Long exceptId) {
        return !em.createQuery("select t.id from Team t where lower(t.name) = lower(:name)"
                        + " and (:except is null or t.id <> :except)", Long.class)
                .setParameter("name", name.strip())
                .setParameter("except", exceptId)
                .getResultList().isEmpty();
    }

    @Override
    public Long lockLastTurn(long teamId) {
        List<?> last = em.createNativeQuery("select last_member_id from teams where id = ?1 for update")
                .setParameter(1, teamId).getResultList();
        return last.isEmpty() || last.get(0) == null ? null : ((Number) last.get(0)).longValue();
    }

    @Override
    public Long lastTurn(long teamId) {
        List<?> last = em.createNativeQuery("select last_member_id from teams where id = ?1")
                .setParameter(1, teamId).getResultList();
        return last.isEmpty() || last.get(0) == null ? null : ((Number) last.get(0)).longValue();
    }

    @Override
    public void recordLastTurn(long teamId, long memberId) {
        em.createNativeQuery("update teams set last_member_id = ?1 where id = ?2")
                .setParameter(1, memberId).setParameter(2, teamId).executeUpdate();
    }
}
