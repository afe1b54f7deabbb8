package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.Leads.assigneeId;
import static org.realtycrm.it.support.Leads.id;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Routing;
import org.realtycrm.it.support.Unique;

/**
 * A team's leader sees and works their team's leads, and hands them among the team; nobody else's. Teams and ponds
 * are removed only when nothing depends on them any more.
 */
class TeamLeadersIT extends CrmIT {

    private final Routing routing = Routing.as(admin());

    @Test
    void aLeaderWorksTheTeamsLeadsAndHandsThemAmongTheTeamUntilTheTeamIsGone() {
        Account leader = Accounts.agent();
        Account member = Accounts.agent();
        Account otherMember = Accounts.agent();
        Account outsider = Accounts.agent();
        long team = id(routing.createTeam("Leaders' team " + Unique.word(), leader.id(), member.id(),
                otherMember.id()));
        JsonObject membersLead = adminLeads().create(newLead().assignedTo(member.id()));
        JsonObject leadersLead = adminLeads().create(newLead().assignedTo(leader.id()));
        JsonObject outsidersLead = adminLeads().create(newLead().assignedTo(outsider.id()));
        Leads asLeader = leader.leads();

        assertThat(asLeader.list("size", 200).expect(200).items())
                .allSatisfy(lead -> assertThat(assigneeId(lead)).isIn(leader.id(), member.id(), otherMember.id()))
                .extracting(Leads::id).contains(id(membersLead), id(leadersLead))
                .doesNotContain(id(outsidersLead));
        assertThat(asLeader.list("assignedTo", member.id()).expect(200).ids()).contains(id(membersLead));
        assertThat(asLeader.list("assignedTo", outsider.id()).expect(200).total()).isZero();
        assertThatProblem(leader.api().get(Leads.path(outsidersLead))).hasStatus(404);

        JsonObject worked = asLeader.update(membersLead, lead -> lead.notes("The leader called them"));
        assertThat(worked.getString("notes")).isEqualTo("The leader called them");
        assertThat(assigneeId(asLeader.assign(id(membersLead), otherMember.id()).expect(200).json()))
                .isEqualTo(otherMember.id());
        assertThat(asLeader.timeline(id(membersLead))).extracting(entry -> entry.getString("summary"))
                .anyMatch(summary -> summary.contains("Assigned to " + otherMember.name()));
        assertThatProblem(asLeader.assign(id(leadersLead), outsider.id())).hasStatus(403);
        assertThat(assigneeId(adminLeads().get(id(leadersLead)))).isEqualTo(leader.id());

        // many at once: the team's are handed over, the others refused as not found
        JsonObject bulk = leader.api().post(Leads.LEADS + "/bulk/assignment", Json.createObjectBuilder()
                .add("ids", Json.createArrayBuilder().add(id(leadersLead)).add(id(outsidersLead)))
                .add("agentId", member.id()).build()).expect(200).json();
        assertThat(Routing.longs(bulk, "changed")).containsExactly(id(leadersLead));
        assertThat(bulk.getJsonArray("refused")).hasSize(1);
        assertThat(assigneeId(adminLeads().get(id(outsidersLead)))).isEqualTo(outsider.id());

        // a new lead may go to a member; naming anyone else leaves it with the leader, as for every agent
        assertThat(assigneeId(asLeader.create(newLead().assignedTo(otherMember.id())))).isEqualTo(otherMember.id());
        assertThat(assigneeId(asLeader.create(newLead().assignedTo(outsider.id())))).isEqualTo(leader.id());

        // the figures and the imports are the team's too (both read in SQL by every agent of the team)
        leader.api().get("/api/v1/dashboard").expect(200);
        leader.api().get("/api/v1/imports").expect(200);

        // a member is no leader: they see their own leads only, and hand none to their teammates
        assertThatProblem(otherMember.api().get(Leads.path(outsidersLead))).hasStatus(404);
        assertThatProblem(otherMember.leads().assign(id(membersLead), member.id())).hasStatus(403);

        admin().delete(Routing.TEAMS + "/" + team).expect(204);
        assertThatProblem(leader.api().get(Leads.path(membersLead))).hasStatus(404);
        assertThat(asLeader.list("size", 200).expect(200).items())
                .allSatisfy(lead -> assertThat(assigneeId(lead)).isEqualTo(leader.id()));
    }

    @Test
    void aTeamOrPondARuleNamesOrAPondWithLeadsWaitingIsKept() {
        Account agent = Accounts.agent();
        String source = "Source " + Unique.word();
        long team = id(routing.createTeam("Kept team " + Unique.word(), agent.id(), agent.id()));
        long pond = id(routing.createPond("Kept pond " + Unique.word(), agent.id()));
        JsonObject toTeam = routing.createRule(Routing.rule("To the team", source, "TEAM", team));
        JsonObject toPond = routing.createRule(Routing.rule("To the pond", source + " pond", "POND", pond));
        try {
            JsonObject waiting = adminLeads().create(newLead().source(source + " pond"));
            assertThat(waiting.isNull("assignedTo")).isTrue();

            assertThatProblem(admin().delete(Routing.TEAMS + "/" + team)).hasStatus(409)
                    .hasDetailContaining("routing rule");
            assertThatProblem(admin().delete(Routing.PONDS + "/" + pond)).hasStatus(409)
                    .hasDetailContaining("routing rule");
            routing.deleteRule(toTeam);
            routing.deleteRule(toPond);
            assertThatProblem(admin().delete(Routing.PONDS + "/" + pond)).hasStatus(409)
                    .hasDetailContaining("1 lead waits");

            Routing.as(agent.api()).claim(id(waiting)).expect(200);
            admin().delete(Routing.TEAMS + "/" + team).expect(204);
            admin().delete(Routing.PONDS + "/" + pond).expect(204);
            assertThatProblem(admin().get(Routing.TEAMS + "/" + team)).hasStatus(404);
            assertThatProblem(admin().get(Routing.PONDS + "/" + pond)).hasStatus(404);
            assertThat(assigneeId(adminLeads().get(id(waiting)))).isEqualTo(agent.id());
        } finally {
            // whatever failed above: no rule of this test may route another test's leads
            admin().delete(Routing.RULES + "/" + id(toTeam));
            admin().delete(Routing.RULES + "/" + id(toPond));
        }
    }
}
