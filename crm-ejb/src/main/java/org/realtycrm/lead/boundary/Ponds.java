package org.realtycrm.lead.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserRepository;
import org.realtycrm.lead.control.LeadRouter;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.Pond;
import org.realtycrm.lead.entity.PondRepository;
import org.realtycrm.lead.entity.RoutingRuleRepository;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.problem.StaleVersionException;

/**
 * Ponds: admins make them and say who is in them; their members see the leads waiting in them and claim one, the
 * first claim winning. An agent sees only the ponds they are in; someone else's pond is answered like one that does
 * not exist.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
public class Ponds {

    @Inject
    PondRepository ponds;

    @Inject
    UserRepository users;

    @Inject
    RoutingRuleRepository rules;

    @Inject
    LeadRouter router;

    @Inject
    ActivityRecorder activities;

    @Inject
    CurrentUser caller;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** The ponds the caller may see: an admin all, an agent theirs. */
    public List<Pond> visible() {
        return caller.leadVisibility().isRestricted() ? ponds.ofMember(caller.id()) : ponds.all();
    }

    public Pond find(long id) {
        return ponds.find(id).filter(pond -> !caller.leadVisibility().isRestricted() || pond.hasMember(caller.id()))
                .orElseThrow(() -> new RecordNotFoundException("pond", id));
    }

    /** The leads waiting in a pond the caller may see, oldest first. */
    public Page<Lead> waiting(long pondId, PageRequest page) {
        return ponds.leadsIn(find(pondId).getId(), page);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Pond create(String name, Set<Long> memberIds) {
        Pond pond = new Pond(name, memberIds);
        check(pond, null);
        ponds.add(pond);
        activities.record(caller.user(), SubjectType.POND, pond.getId(), ActivityAction.POND_CREATED,
                "Pond " + pond.getName() + " made", FieldChanges.created(pond.auditState()));
        return pond;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Pond change(long id, long expectedVersion, String name, Set<Long> memberIds) {
        Pond pond = ponds.find(id).orElseThrow(() -> new RecordNotFoundException("pond", id));
        if (pond.getVersion() != expectedVersion) {
            throw new StaleVersionException("pond", id, expectedVersion, pond.getVersion());
        }
        Map<String, Object> before = pond.auditState();
        pond.change(name, memberIds);
        check(pond, id);
        activities.record(caller.user(), SubjectType.POND, pond.getId(), ActivityAction.POND_CHANGED,
                "Pond " + pond.getName() + " changed", FieldChanges.between(before, pond.auditState()));
        return pond;
    }

    /**
     * Removes a pond that is empty and that no routing rule sends leads to.
     *
     * @throws ConflictException while leads wait in it or a routing rule names it
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void delete(long id) {
        Pond pond = ponds.find(id).orElseThrow(() -> new RecordNotFoundException("pond", id));
        if (rules.namesPond(id)) {
            throw new ConflictException("a routing rule sends leads to pond " + pond.getName()
                    + ": change or remove that rule first");
        }
        long waiting = ponds.leadsIn(id, new PageRequest(0, 1)).total();
        if (waiting > 0) {
            throw new ConflictException(waiting + (waiting == 1 ? " lead waits" : " leads wait") + " in pond "
                    + pond.getName() + ": let its members claim them, or assign them, first");
        }
        activities.record(caller.user(), SubjectType.POND, id, ActivityAction.POND_DELETED,
                "Pond " + pond.getName() + " removed", FieldChanges.between(pond.auditState(), Map.of()));
        ponds.remove(pond);
    }

    /**
     * Takes a lead waiting in one of the caller's ponds: it becomes theirs, with the speed-to-lead clock of the rule
     * that put it there. Of two claims at once exactly one wins; the other is told the lead is gone.
     *
     * @throws ConflictException when someone claimed it first, or it is no longer in a pond
     */
    public Lead claim(long leadId) {
        User me = caller.user();
        Object[] where = em.createQuery("select l.pondId, l.routingRuleId from Lead l where l.id = :id"
                        + " and l.deletedAt is null", Object[].class)
                .setParameter("id", leadId).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("lead", leadId));
        Long pondId = (Long) where[0];
        if (pondId == null) {
            throw new ConflictException("lead " + leadId + " is not waiting in a pond: someone claimed it first");
        }
        Pond pond = find(pondId); // not one of the caller's ponds: not found, as any lead of someone else's
        if (!me.canOwnLeads()) {
            throw new ConflictException("you cannot take leads");
        }
        Instant now = clock.instant();
        Long ruleId = (Long) where[1];
        Instant due = router.due(ruleId == null ? null : rules.find(ruleId).orElse(null), now);
        if (!ponds.claim(leadId, pondId, me.getId(), now, due)) {
            throw new ConflictException("lead " + leadId + " was claimed by someone else first");
        }
        // read after the update, with its new agent: the answer is mapped outside this transaction
        Lead lead = em.createQuery("select l from Lead l left join fetch l.assignedAgent where l.id = :id", Lead.class)
                .setParameter("id", leadId).getSingleResult();
        activities.record(me, SubjectType.LEAD, leadId, ActivityAction.LEAD_CLAIMED, "Claimed from pond "
                + pond.getName() + " by " + me.getName(), Map.of());
        return lead;
    }

    /** Its name is its own, and its members are people who can take leads. */
    private void check(Pond pond, Long id) {
        if (ponds.nameTaken(pond.getName(), id)) {
            throw new ConflictException("a pond named " + pond.getName() + " exists already");
        }
        List<User> members = users.findAll(pond.getMemberIds());
        if (members.size() != pond.getMemberIds().size() || !members.stream().allMatch(User::canOwnLeads)) {
            throw new InvalidInputException("memberIds", "must each be an active agent or admin");
        }
    }
}
