package org.realtycrm.identity.ui;

import java.io.Serializable;

import org.realtycrm.identity.entity.Role;

/** The users screen's filters; {@code null} means any. */
public class UsersFilter implements Serializable {

    private String text;
    private Role role;
    private Boolean active;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}
