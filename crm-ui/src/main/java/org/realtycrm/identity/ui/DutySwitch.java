package org.realtycrm.identity.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.identity.boundary.Duty;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.ui.Messages;

/**
 * The user menu's "On duty" switch (agents and admins): off duty, no routed lead comes to you; round robins skip you
 * and a rule naming you passes its lead on. Leads already yours stay yours.
 */
@Named
@RequestScoped
public class DutySwitch {

    @Inject
    Duty duty;

    @Inject
    CurrentUser current;

    public void toggle() {
        boolean goOn = !current.user().isOnDuty();
        try {
            duty.mine(goOn);
            Messages.info(goOn ? "You are on duty: routed leads come to you."
                    : "You are off duty: no routed lead comes to you until you go on duty again.");
        } catch (CrmException refused) {
            Messages.error(refused.getMessage());
        }
    }
}
