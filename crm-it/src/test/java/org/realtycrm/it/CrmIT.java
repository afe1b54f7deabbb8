package org.realtycrm.it;

import org.junit.jupiter.api.BeforeAll;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Server;

/**
 * Base of the system tests: the real EAR (built by crm-ear), deployed once per build to the Payara domain that the
 * build provisioned, driven over HTTP from outside, as its users do.
 * <p>
 * One deployment serves every class, as one deployment serves an office for weeks; the database lives as long as
 * the build too. So each test creates the users and leads it needs, with unique emails and phone numbers, and
 * leaves nothing behind that another test could trip on.
 */
public abstract class CrmIT {

    @BeforeAll
    static void deployOnce() {
        Server.deployOnce();
    }

    /** The bootstrap admin, signed in. */
    protected static Api admin() {
        return Accounts.admin();
    }

    protected static Api anonymous() {
        return Api.anonymous();
    }

    /** The leads API as the bootstrap admin. */
    protected static Leads adminLeads() {
        return Leads.as(admin());
    }
}
