package org.realtycrm.identity.boundary;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChange;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.control.PasswordHasher;
import org.realtycrm.identity.entity.EmailAddress;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserQuery;
import org.realtycrm.identity.entity.UserRepository;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RecordNotFoundException;

/** Account administration. Every change is written to the audit trail. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Users {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher passwords;

    @Inject
    CurrentUser caller;

    @Inject
    ActivityRecorder activities;

    @RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME, Role.CLIENT_NAME})
    public User me() {
        return caller.user();
    }

    public User create(NewUser request) {
        if (request.role() == null) {
            throw new InvalidInputException("role", "must be one of ADMIN, AGENT, CLIENT");
        }
        String email = EmailAddress.normalize("email", request.email());
        if (email == null) {
            throw new InvalidInputException("email", "must not be blank");
        }
        if (users.findByEmail(email).isPresent()) {
            throw new ConflictException("a user with email " + email + " already exists");
        }
        User user = users.add(new User(email, request.name(), request.role(), passwords.hash(request.password())));
        activities.record(caller.user(), SubjectType.USER, user.getId(), ActivityAction.USER_CREATED,
                "Created " + user.getRole() + " " + user.getName(), FieldChanges.created(user.auditState()));
        return user;
    }

    public Page<User> search(UserQuery query, PageRequest page) {
        return users.search(query, page);
    }

    public User find(long id) {
        return users.findById(id).orElseThrow(() -> new RecordNotFoundException("user", id));
    }

    public User update(long id, UserChanges changes) {
        User user = find(id);
        guardAgainstLockingOut(user, changes);
        Map<String, Object> before = user.auditState();
        if (changes.name() != null) {
            user.rename(changes.name());
        }
        if (changes.role() != null) {
            user.changeRole(changes.role());
        }
        if (changes.active() != null) {
            if (changes.active()) {
                user.activate();
            } else {
                user.deactivate();
            }
        }
        if (changes.password() != null) {
            user.changePasswordHash(passwords.hash(changes.password()));
            activities.record(caller.user(), SubjectType.USER, id, ActivityAction.PASSWORD_CHANGED,
                    "Changed the password of " + user.getName(), Map.of());
        }
        recordChanges(user, FieldChanges.between(before, user.auditState()));
        return user;
    }

    /** An administrator may not remove their own access, and the last active administrator must stay one. */
    private void guardAgainstLockingOut(User user, UserChanges changes) {
        boolean losesAdmin = user.getRole() == Role.ADMIN && user.isActive()
                && ((changes.role() != null && changes.role() != Role.ADMIN) || Boolean.FALSE.equals(changes.active()));
        if (!losesAdmin) {
            return;
        }
        if (user.getId() == caller.id()) {
            throw new ConflictException("you cannot demote or deactivate yourself; ask another administrator");
        }
        if (users.countActiveAdmins() <= 1) {
            throw new ConflictException("user " + user.getId() + " is the last active administrator");
        }
    }

    private void recordChanges(User user, Map<String, FieldChange> changes) {
        User actor = caller.user();
        long id = user.getId();
        FieldChange role = changes.remove("role");
        if (role != null) {
            activities.record(actor, SubjectType.USER, id, ActivityAction.ROLE_CHANGED,
                    "Role " + role.from() + " → " + role.to(), Map.of("role", role));
        }
        FieldChange active = changes.remove("active");
        if (active != null) {
            boolean nowActive = Boolean.parseBoolean(active.to());
            activities.record(actor, SubjectType.USER, id,
                    nowActive ? ActivityAction.USER_REACTIVATED : ActivityAction.USER_DEACTIVATED,
                    (nowActive ? "Reactivated " : "Deactivated ") + user.getName(), Map.of("active", active));
        }
        if (!changes.isEmpty()) {
            activities.record(actor, SubjectType.USER, id, ActivityAction.USER_UPDATED,
                    "Updated " + String.join(", ", changes.keySet()), changes);
        }
    }
}
