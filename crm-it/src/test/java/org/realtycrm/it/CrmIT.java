package org.realtycrm.it;

import java.io.File;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Leads;

/**
 * Base of the system tests: deploys the real EAR (built by crm-ear) to the Payara domain that the build
 * provisioned, and lets the tests drive it over HTTP from outside, as its users do.
 * <p>
 * Every class redeploys the EAR, so tests are grouped by capability into a few classes. The database lives as long
 * as the build: each test creates the users and leads it needs, with unique emails and phone numbers.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class CrmIT {

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(ItProperties.earPath()));
    }

    @BeforeAll
    static void signInAfreshForThisDeployment() {
        Accounts.signOutAdmin();
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
