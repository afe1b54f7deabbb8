package org.realtycrm.identity.ui;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.realtycrm.identity.boundary.UserChanges;
import org.realtycrm.identity.boundary.Users;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.ui.Messages;

/**
 * Account administration (users.xhtml, administrators only): list, create, change role, deactivate and reactivate.
 * The boundary's rules (no self lock-out, the last administrator stays) come back as messages.
 */
@Named
@ViewScoped
public class UsersScreen implements Serializable {

    static final String CREATE_FORM = "create";

    @Inject
    Users users;

    private final UsersFilter filter = new UsersFilter();
    private NewUserForm newUser = new NewUserForm();
    private UserRows rows;

    @PostConstruct
    void init() {
        rows = new UserRows(users, filter);
    }

    public void create() {
        try {
            User created = users.create(newUser.toNewUser());
            Messages.info("Created " + created.getRole() + " " + created.getName() + ".");
            newUser = new NewUserForm();
            PrimeFaces.current().executeScript("PF('createDialog').hide()");
        } catch (ConflictException taken) {
            // the only conflict on creation is an email already in use: say so next to the email
            Messages.refused(new InvalidInputException("email", taken.getMessage()), CREATE_FORM);
        } catch (CrmException refused) {
            Messages.refused(refused, CREATE_FORM);
        }
    }

    public void changeRole(User user, Role role) {
        apply(user, new UserChanges(null, role, null, null), user.getName() + " is now " + role + ".");
    }

    public void deactivate(User user) {
        apply(user, new UserChanges(null, null, false, null), "Deactivated " + user.getName() + ".");
    }

    public void reactivate(User user) {
        apply(user, new UserChanges(null, null, true, null), "Reactivated " + user.getName() + ".");
    }

    private void apply(User user, UserChanges changes, String done) {
        try {
            users.update(user.getId(), changes);
            Messages.info(done);
        } catch (CrmException refused) {
            Messages.error(refused.getMessage());
        }
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public UsersFilter getFilter() {
        return filter;
    }

    public NewUserForm getNewUser() {
        return newUser;
    }

    public UserRows getRows() {
        return rows;
    }
}
