package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.Leads.assigneeId;
import static org.realtycrm.it.support.Leads.id;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.LeadsPage;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Unique;

/** An admin's list actions on selected rows; what the entity refuses is named, the rest is done. */
class AdminBulkActionsIT extends CrmIT {

    private final Browser browser = Browser.desktop();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void bulkStatusMovesWhatMayMoveAndNamesTheLeadThatMayNot() {
        Account agent = Accounts.agent();
        String family = Unique.name();
        JsonObject first = adminLeads().create(newLead().lastName(family).firstName("Ada").assignedTo(agent.id()));
        JsonObject second = adminLeads().create(newLead().lastName(family).firstName("Bo").assignedTo(agent.id()));
        JsonObject closed = adminLeads().walk(adminLeads().create(newLead().lastName(family).firstName("Cy")
                .assignedTo(agent.id())), "CONTACTED", "QUALIFIED", "UNDER_CONTRACT", "CLOSED");
        LeadsPage leads = signedInAsAdmin().search(family, 3);

        leads.select("Ada " + family).select("Bo " + family).select("Cy " + family).moveSelectedTo("CONTACTED");

        assertThat(leads.messages()).contains("2 lead(s) moved to CONTACTED")
                .contains("Cy " + family + " (lead " + id(closed) + ") was left as it was")
                .contains("cannot move from CLOSED to CONTACTED");
        assertThat(agent.leads().get(id(first)).getString("status")).isEqualTo("CONTACTED");
        assertThat(agent.leads().get(id(second)).getString("status")).isEqualTo("CONTACTED");
        assertThat(agent.leads().get(id(closed)).getString("status")).isEqualTo("CLOSED");
    }

    @Test
    void bulkAssignHandsTheSelectedLeadsToTheChosenAgent() {
        Account from = Accounts.agent();
        Account to = Accounts.agent();
        String family = Unique.name();
        JsonObject first = adminLeads().create(newLead().lastName(family).firstName("Dee").assignedTo(from.id()));
        JsonObject second = adminLeads().create(newLead().lastName(family).firstName("Eli").assignedTo(from.id()));
        JsonObject untouched = adminLeads().create(newLead().lastName(family).firstName("Fay").assignedTo(from.id()));
        LeadsPage leads = signedInAsAdmin().search(family, 3);

        leads.select("Dee " + family).select("Eli " + family).assignSelectedTo(to.name());

        assertThat(leads.messages()).contains("2 lead(s) assigned");
        assertThat(assigneeId(to.leads().get(id(first)))).isEqualTo(to.id());
        assertThat(assigneeId(to.leads().get(id(second)))).isEqualTo(to.id());
        assertThat(assigneeId(from.leads().get(id(untouched)))).isEqualTo(from.id());
    }

    @Test
    void anAgentIsNotOfferedListActions() {
        Account agent = Accounts.agent();
        agent.leads().create();

        SignInPage.open(browser).signIn(agent.email(), agent.password()).go("leads");

        assertThat(new LeadsPage(browser).offersListActions()).isFalse();
    }

    private LeadsPage signedInAsAdmin() {
        SignInPage.open(browser).signIn(ItProperties.adminEmail(), ItProperties.adminPassword()).go("leads");
        return new LeadsPage(browser);
    }
}
