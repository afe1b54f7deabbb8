package org.realtycrm.lead.boundary;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.Activity;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChange;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserRepository;
import org.realtycrm.lead.control.DuplicateGuard;
import org.realtycrm.lead.control.LeadDrafts;
import org.realtycrm.lead.control.NewLeads;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadDraft;
import org.realtycrm.lead.entity.LeadIntake;
import org.realtycrm.lead.entity.LeadQuery;
import org.realtycrm.lead.entity.LeadRepository;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.LeadVisibility;
import org.realtycrm.lead.entity.Note;
import org.realtycrm.lead.entity.Temperature;
import org.realtycrm.notification.control.LeadAssignedNotices;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.AccessDeniedException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.problem.RuleViolationException;
import org.realtycrm.platform.problem.StaleVersionException;

/**
 * Working with leads. Admins reach every lead, agents only the leads assigned to them, a team's leader their team's
 * leads too ({@link CurrentUser#leadVisibility()}; a lead they may not see is reported as not found). Every change is written to the lead's timeline; whoever is handed a lead by someone
 * else (or by routing) is notified through {@code jms/LeadAssigned}.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
public class Leads {

    @Inject
    LeadRepository leads;

    @Inject
    UserRepository users;

    @Inject
    CurrentUser caller;

    @Inject
    DuplicateGuard duplicates;

    @Inject
    NewLeads newLeads;

    @Inject
    LeadDrafts drafts;

    @Inject
    ActivityRecorder activities;

    @Inject
    LeadAssignedNotices notices;


    /** Stores a new lead; {@code how} it came in is counted ({@link org.realtycrm.lead.control.LeadCounts}) once the lead has committed ({@link NewLeads}). */
    public Lead create(LeadDraft draft, LeadIntake how) {
        User actor = caller.user();
        LeadVisibility visibility = caller.leadVisibility();
        Lead lead = drafts.newLead(draft, actor);
        duplicates.check(lead, visibility);
        String created = "Created from " + lead.getSource();
        Optional<User> owner = chosenOwner(draft, actor, visibility);
        if (owner.isPresent()) {
            lead.assignTo(owner.get());
            newLeads.store(lead, how, actor, created, "assigned by " + actor.getName());
        } else {
            newLeads.storeRouted(lead, how, actor, created, null);
        }
        return lead;
    }

    /**
     * An admin may name the owner, else the routing rules choose; a team leader may name one of their team; an agent's
     * new lead is otherwise their own.
     */
    private Optional<User> chosenOwner(LeadDraft draft, User actor, LeadVisibility visibility) {
        Long named = draft.assignedTo();
        if (visibility.isRestricted()) {
            boolean teamMember = named != null && !named.equals(actor.getId()) && visibility.allowsAgent(named);
            return Optional.of(teamMember ? assignee(named) : actor);
        }
        return Optional.ofNullable(named).map(this::assignee);
    }

    /** Whom the caller may give leads to: an admin, anyone who can own leads; a team leader, their team; an agent, themselves. */
    public List<User> assignees() {
        LeadVisibility visibility = caller.leadVisibility();
        List<User> found = visibility.isRestricted() ? users.findAll(visibility.agentIds()) : users.activeLeadOwners();
        return found.stream().filter(User::canOwnLeads)
                .sorted(Comparator.comparing(User::getName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public Lead find(long id) {
        return leads.find(id, caller.leadVisibility()).orElseThrow(() -> new RecordNotFoundException("lead", id));
    }

    /** The lead as the caller read it: a newer version means someone else changed it meanwhile. */
    private Lead findAt(long id, long expectedVersion) {
        Lead lead = find(id);
        if (lead.getVersion() != expectedVersion) {
            throw new StaleVersionException("lead", id, expectedVersion, lead.getVersion());
        }
        return lead;
    }

    public Page<Lead> search(LeadQuery query, PageRequest page) {
        return leads.search(query, caller.leadVisibility(), page);
    }

    /** The number of leads {@link #search} finds for this query; cheap while no lead changes (LeadTotals). */
    public long count(LeadQuery query) {
        return leads.count(query, caller.leadVisibility());
    }

    /** Replaces the editable fields (never the assignee) of the lead at {@code expectedVersion}. */
    public Lead update(long id, long expectedVersion, LeadDraft draft) {
        Lead lead = findAt(id, expectedVersion);
        Map<String, Object> before = lead.auditState();
        drafts.apply(draft, lead);
        duplicates.check(lead, caller.leadVisibility());
        recordUpdate(lead, FieldChanges.between(before, lead.auditState()));
        return lead;
    }

    /**
     * The disposition screen's quick change: a new temperature and/or status (null leaves it as it is) for the lead
     * at {@code expectedVersion}, through the lead's own rules and audited as {@link #update} is. Nothing changes
     * when the status move is refused.
     *
     * @throws StaleVersionException when someone else changed the lead since it was read
     * @throws org.realtycrm.lead.entity.IllegalStatusTransitionException when the lead may not move to {@code status}
     */
    public Lead dispose(long id, long expectedVersion, Temperature temperature, LeadStatus status) {
        Lead lead = findAt(id, expectedVersion);
        Map<String, Object> before = lead.auditState();
        if (status != null) {
            lead.moveTo(status); // first: a refused move must not leave a changed temperature behind
        }
        if (temperature != null) {
            lead.changeTemperature(temperature);
        }
        recordUpdate(lead, FieldChanges.between(before, lead.auditState()));
        return lead;
    }

    public void delete(long id) {
        Lead lead = find(id);
        Map<String, Object> before = lead.auditState();
        lead.delete(Instant.now());
        activities.record(caller.user(), SubjectType.LEAD, id, ActivityAction.LEAD_DELETED,
                "Deleted " + lead.fullName(),
                FieldChanges.between(before, lead.auditState()));
    }

    /**
     * Gives a lead the caller sees to an agent whose leads they see: an admin to anyone who can own leads, a team
     * leader within their team; other agents give none. The caller and the agent are checked first, so a caller who
     * may not hand leads to them is refused whatever the lead.
     *
     * @throws AccessDeniedException when the caller may not give leads to this agent
     */
    public Lead assign(long id, long agentId) {
        User agent = assignee(agentId);
        Lead lead = find(id);
        handOver(lead, agent, caller.user());
        return lead;
    }

    /**
     * Assigns each lead to one agent, as {@link #assign} would one by one, in one transaction. A lead that cannot
     * be assigned (gone, or the agent may not own leads) is reported and left as it was; the others proceed.
     */
    public BulkOutcome assignAll(Collection<Long> ids, long agentId) {
        User agent = assignee(agentId);
        User actor = caller.user();
        return eachLead(ids, lead -> handOver(lead, agent, actor));
    }

    /**
     * Moves each lead to {@code target} where its own rules allow it; a lead that may not move there is reported
     * with the reason and left as it was, the others proceed (what a user expects of a list action).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public BulkOutcome changeStatusOfAll(Collection<Long> ids, LeadStatus target) {
        Objects.requireNonNull(target, "status");
        return eachLead(ids, lead -> {
            Map<String, Object> before = lead.auditState();
            lead.moveTo(target);
            Map<String, FieldChange> changes = FieldChanges.between(before, lead.auditState());
            boolean moved = !changes.isEmpty();
            recordUpdate(lead, changes); // takes the status entry out of the map
            return moved;
        });
    }

    /** Adds a note to the lead's timeline (the lead itself is not changed, so no version conflict can arise). */
    public Activity addNote(long id, Note note) {
        Lead lead = find(id);
        return activities.record(caller.user(), SubjectType.LEAD, lead.getId(), ActivityAction.NOTE_ADDED,
                note.summary(), Map.of(Note.FIELD, new FieldChange(null, note.text())));
    }

    /** Gives the lead to {@code agent}, writes the timeline and tells the agent; false when it was theirs already. */
    private boolean handOver(Lead lead, User agent, User actor) {
        if (lead.isAssignedTo(agent.getId())) {
            return false;
        }
        Map<String, Object> before = lead.auditState();
        lead.assignTo(agent);
        Activity assigned = activities.record(actor, SubjectType.LEAD, lead.getId(), ActivityAction.LEAD_ASSIGNED,
                "Assigned to " + agent.getName(), FieldChanges.between(before, lead.auditState()));
        announce(lead, agent, actor, assigned, "assigned by " + actor.getName());
        return true;
    }

    /**
     * Applies one change to each lead. The leads are read in one query (not one per lead, which would also flush
     * the previous leads' changes before every read); the entity checks its rules before it changes anything, so
     * a refused lead is untouched and the transaction can go on with the others.
     */
    private BulkOutcome eachLead(Collection<Long> ids, Predicate<Lead> change) {
        Set<Long> distinct = new LinkedHashSet<>(ids);
        if (distinct.isEmpty() || distinct.size() > BulkOutcome.MAX_LEADS) {
            throw new InvalidInputException("ids", "select between 1 and " + BulkOutcome.MAX_LEADS + " leads");
        }
        Map<Long, Lead> found = leads.findAll(distinct, caller.leadVisibility()).stream()
                .collect(Collectors.toMap(Lead::getId, Function.identity()));
        BulkOutcome.Builder outcome = new BulkOutcome.Builder();
        for (long id : distinct) {
            Lead lead = found.get(id);
            if (lead == null) {
                outcome.refuse(id, new RecordNotFoundException("lead", id).getMessage());
                continue;
            }
            try {
                outcome.add(id, change.test(lead));
            } catch (RuleViolationException e) {
                outcome.refuse(id, e.getMessage());
            }
        }
        return outcome.build();
    }

    /** The new owner hears of it, unless they gave the lead to themselves. */
    private void announce(Lead lead, User owner, User actor, Activity activity, String how) {
        if (!owner.getId().equals(actor.getId())) {
            notices.announce(lead, owner, activity.getId(), how);
        }
    }

    /** @throws AccessDeniedException unless an admin, or a team's leader naming one of the team */
    private User assignee(long userId) {
        if (caller.leadVisibility().isRestricted() && !caller.leadsATeam()) {
            throw new AccessDeniedException("only admins and team leaders give leads to agents");
        }
        if (!caller.leadVisibility().allowsAgent(userId)) {
            throw new AccessDeniedException("you may give leads only to the members of your team");
        }
        return users.findById(userId)
                .orElseThrow(() -> new RuleViolationException("user " + userId + " does not exist"));
    }

    /** A status change gets its own timeline entry; the other edited fields share one. */
    private void recordUpdate(Lead lead, Map<String, FieldChange> changes) {
        User actor = caller.user();
        FieldChange status = changes.remove("status");
        if (status != null) {
            activities.record(actor, SubjectType.LEAD, lead.getId(), ActivityAction.STATUS_CHANGED,
                    "Status " + status.from() + " → " + status.to(), Map.of("status", status));
        }
        if (!changes.isEmpty()) {
            activities.record(actor, SubjectType.LEAD, lead.getId(), ActivityAction.LEAD_UPDATED,
                    "Updated " + String.join(", ", changes.keySet()), changes);
        }
    }
}
