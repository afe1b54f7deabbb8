package org.realtycrm.identity.boundary;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.Team;
import org.realtycrm.identity.entity.TeamRepository;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserRepository;
import org.realtycrm.lead.entity.RoutingRuleRepository;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.problem.StaleVersionException;

/** Teams, kept by admins: a leader and members who can take leads; each change audited. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Teams {

    @Inject
    TeamRepository teams;

    @Inject
    UserRepository users;

    @Inject
    RoutingRuleRepository rules;

    @Inject
    ActivityRecorder activities;

    @Inject
    CurrentUser caller;

    public List<Team> all() {
        return teams.all();
    }

    public Team find(long id) {
        return teams.find(id).orElseThrow(() -> new RecordNotFoundException("team", id));
    }

    public Team create(String name, Long leaderId, Set<Long> memberIds) {
        Team team = new Team(name, leaderId, memberIds);
        check(team, null);
        teams.add(team);
        activities.record(caller.user(), SubjectType.TEAM, team.getId(), ActivityAction.TEAM_CREATED,
                "Team " + team.getName() + " made", FieldChanges.created(team.auditState()));
        return team;
    }

    public Team change(long id, long expectedVersion, String name, Long leaderId, Set<Long> memberIds) {
        Team team = find(id);
        if (team.getVersion() != expectedVersion) {
            throw new StaleVersionException("team", id, expectedVersion, team.getVersion());
        }
        Map<String, Object> before = team.auditState();
        team.change(name, leaderId, memberIds);
        check(team, id);
        activities.record(caller.user(), SubjectType.TEAM, team.getId(), ActivityAction.TEAM_CHANGED,
                "Team " + team.getName() + " changed", FieldChanges.between(before, team.auditState()));
        return team;
    }

    /**
     * Removes a team that no routing rule sends leads to. Its members keep their leads; its leader sees only their
     * own from then on.
     *
     * @throws ConflictException while a routing rule names the team
     */
    public void delete(long id) {
        Team team = find(id);
        if (rules.namesTeam(id)) {
            throw new ConflictException("a routing rule sends leads to team " + team.getName()
                    + ": change or remove that rule first");
        }
        activities.record(caller.user(), SubjectType.TEAM, id, ActivityAction.TEAM_DELETED,
                "Team " + team.getName() + " removed", FieldChanges.between(team.auditState(), Map.of()));
        teams.remove(team);
    }

    /** Its name is its own, and its members are people who can take leads. */
    private void check(Team team, Long id) {
        if (teams.nameTaken(team.getName(), id)) {
            throw new ConflictException("a team named " + team.getName() + " exists already");
        }
        List<User> members = users.findAll(team.getMemberIds());
        if (members.size() != team.getMemberIds().size() || !members.stream().allMatch(User::canOwnLeads)) {
            throw new InvalidInputException("memberIds", "must each be an active agent or admin");
        }
    }
}
