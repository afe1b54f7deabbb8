package org.realtycrm.identity.boundary;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserRepository;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * On duty or off: an agent off duty gets no routed lead (round robins skip them; a rule naming them passes the lead
 * on). Agents say it of themselves; admins of anyone. Audited.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
public class Duty {

    @Inject
    CurrentUser caller;

    @Inject
    UserRepository users;

    @Inject
    ActivityRecorder activities;

    public User mine(boolean onDuty) {
        // the caller's own record as this transaction reads it: the request's copy was loaded before it began
        return set(users.findById(caller.id()).orElseThrow(() -> new RecordNotFoundException("user", caller.id())),
                onDuty);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public User of(long userId, boolean onDuty) {
        return set(users.findById(userId).orElseThrow(() -> new RecordNotFoundException("user", userId)), onDuty);
    }

    private User set(User user, boolean onDuty) {
        if (user.isOnDuty() != onDuty) {
            Map<String, Object> before = user.auditState();
            user.goOnDuty(onDuty);
            activities.record(caller.user(), SubjectType.USER, user.getId(), ActivityAction.DUTY_CHANGED,
                    user.getName() + (onDuty ? " is on duty" : " is off duty"),
                    FieldChanges.between(before, user.auditState()));
        }
        return user;
    }
}
