package org.realtycrm.identity.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.identity.control.CurrentUser;

/** The signed-in user as the pages show them ({@code #{me.name}}); what they may do is decided elsewhere. */
@Named("me")
@RequestScoped
public class SignedInUser {

    @Inject
    CurrentUser current;

    public String getName() {
        return current.user().getName();
    }

    public String getEmail() {
        return current.user().getEmail();
    }

    /** Identifies this user's browser sessions to {@code <f:websocket user>}. */
    public Long getId() {
        return current.id();
    }
}
