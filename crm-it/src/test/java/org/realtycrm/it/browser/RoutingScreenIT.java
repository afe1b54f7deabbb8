package org.realtycrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.CrmIT;
import org.realtycrm.it.browser.pages.LeadPage;
import org.realtycrm.it.browser.pages.LeadsPage;
import org.realtycrm.it.browser.pages.PondsPage;
import org.realtycrm.it.browser.pages.RoutingPage;
import org.realtycrm.it.browser.pages.SignInPage;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Routing;
import org.realtycrm.it.support.Unique;

/**
 * Routing on the screens: an administrator adds a rule on the Routing screen that sends one source's leads to an
 * agent, the rule test says so, and a lead from that source goes to that agent. An agent in a pond sees on the Ponds
 * screen the lead a rule put there, claims it, and it is theirs. A team's leader finds a member's lead in their leads
 * list and gives it to another member.
 * <p>
 * Rules are global: each test's rules route only its own source, and are removed after it (through the API,
 * whatever the browser did), so that no other test's leads are routed by them.
 */
class RoutingScreenIT extends CrmIT {

    private final String source = "Source " + Unique.word();
    private Browser browser;

    @AfterEach
    void removeThisTestsRulesAndCloseTheBrowser() {
        try {
            admin().get(Routing.RULES).expect(200).array().stream()
                    .filter(rule -> rule.getJsonArray("sources").getValuesAs(JsonString.class).stream()
                            .anyMatch(named -> named.getString().equals(source)))
                    .forEach(rule -> admin().delete(Routing.RULES + "/" + Leads.id(rule)).expect(204));
        } finally {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @Test
    void anAdministratorAddsARuleForASourceTheTestNamesItsAgentAndItsLeadsGoToThem() {
        Account agent = Accounts.agent();
        String rule = "Rule " + Unique.name();
        browser = Browser.desktop();

        SignInPage.open(browser).signIn(ItProperties.adminEmail(), ItProperties.adminPassword()).go("routing");
        RoutingPage routing = new RoutingPage(browser);

        assertThat(routing.addRule(rule, source, agent.name())).contains("Added rule " + rule);
        assertThat(routing.conditions(rule)).isEqualTo("source " + source);
        assertThat(routing.target(rule)).isEqualTo("Agent " + agent.name());

        assertThat(routing.test(source)).isEqualTo("Goes to " + agent.name());
        assertThat(routing.passedOver()).as("no rule before it is for this source")
                .noneMatch(passed -> passed.contains(rule));

        JsonObject lead = adminLeads().create(LeadJson.newLead().source(source));
        assertThat(Leads.assigneeId(adminLeads().get(Leads.id(lead)))).isEqualTo(agent.id());
    }

    @Test
    void aTeamLeaderFindsTheirMembersLeadInTheListAndGivesItToAnotherMember() {
        Account leader = Accounts.agent();
        Account member = Accounts.agent();
        Account otherMember = Accounts.agent();
        long team = Leads.id(Routing.as(admin()).createTeam("Team " + Unique.word(), leader.id(), member.id(),
                otherMember.id()));
        try {
            JsonObject lead = adminLeads().create(LeadJson.newLead().assignedTo(member.id()));
            String name = lead.getString("firstName") + " " + lead.getString("lastName");
            browser = Browser.desktop();

            SignInPage.open(browser).signIn(leader.email(), leader.password()).go("leads");
            LeadPage page = new LeadsPage(browser).search(lead.getString("lastName"), 1).openLead(name);

            assertThat(page.agent()).isEqualTo("Agent: " + member.name());
            page.assignTo(otherMember.name());
            assertThat(page.timeline()).anyMatch(entry -> entry.contains("Assigned to " + otherMember.name()));
            assertThat(Leads.assigneeId(adminLeads().get(Leads.id(lead)))).isEqualTo(otherMember.id());
        } finally {
            admin().delete(Routing.TEAMS + "/" + team).expect(204);
        }
    }

    @Test
    void anAgentInAPondClaimsTheLeadARulePutThereAndItIsTheirs() {
        Account agent = Accounts.agent();
        Routing routing = Routing.as(admin());
        long pond = Leads.id(routing.createPond("Pond " + Unique.word(), agent.id()));
        routing.createRule(Routing.rule("To the pond " + Unique.word(), source, "POND", pond));
        JsonObject lead = adminLeads().create(LeadJson.newLead().source(source));
        assertThat(lead.get("pondId")).as("waits in the pond").hasToString(String.valueOf(pond));
        browser = Browser.desktop();

        SignInPage.open(browser).signIn(agent.email(), agent.password()).go("ponds");
        PondsPage ponds = new PondsPage(browser);

        assertThat(ponds.leadFrom(source)).isEqualTo(lead.getString("firstName") + " " + lead.getString("lastName"));
        assertThat(ponds.claimLeadFrom(source)).contains("Claimed", "the lead is yours");
        assertThat(ponds.showsLeadFrom(source)).as("no longer waiting").isFalse();

        JsonObject claimed = adminLeads().get(Leads.id(lead));
        assertThat(Leads.assigneeId(claimed)).isEqualTo(agent.id());
        assertThat(claimed.isNull("pondId")).isTrue();
        LeadPage page = ponds.openClaimed();
        assertThat(page.title()).isEqualTo(lead.getString("firstName") + " " + lead.getString("lastName"));
    }
}
