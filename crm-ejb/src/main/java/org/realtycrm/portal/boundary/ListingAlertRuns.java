package org.realtycrm.portal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.realtycrm.identity.entity.Role;
import org.realtycrm.portal.control.ListingAlerts;
import org.realtycrm.portal.entity.AlertFrequency;

/**
 * The daily digests on an administrator's word, beside their timer: after an outage of the mail provider, say, or
 * to see a digest without waiting for the morning. Each search's digest still goes once (the ledger's claims).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ListingAlertRuns {

    @Inject
    ListingAlerts alerts;

    /** @return how many digests went to the outbox */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDigestsNow() {
        return alerts.run(AlertFrequency.DAILY);
    }
}
