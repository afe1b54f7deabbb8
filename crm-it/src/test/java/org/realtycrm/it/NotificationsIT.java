package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.Leads.id;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Inbox;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Response;

/** Whoever is handed a lead hears of it: JMS message on commit, consumer stores one notification per assignment. */
class NotificationsIT extends CrmIT {

    private static final String NOTIFICATIONS = Inbox.NOTIFICATIONS;

    @Test
    void anAssignmentNotifiesTheAgentOnceAndTheyCanMarkItRead() {
        Account first = Accounts.agent();
        Account agent = Accounts.agent();
        long lead = id(adminLeads().create(newLead().firstName("Notified").assignedTo(first.id())));

        adminLeads().assign(lead, agent.id()).expect(200);

        List<JsonObject> delivered = Inbox.await(agent.api(), items -> !items.isEmpty());
        assertThat(delivered).singleElement().satisfies(notification -> {
            assertThat(notification.getString("kind")).isEqualTo("LEAD_ASSIGNED");
            assertThat(notification.getJsonNumber("leadId").longValue()).isEqualTo(lead);
            assertThat(notification.getString("message")).contains("Notified", "assigned by");
            assertThat(notification.getBoolean("read")).isFalse();
        });
        assertThat(Inbox.unread(agent.api())).isEqualTo(1);

        agent.api().send("POST", NOTIFICATIONS + "/" + id(delivered.get(0)) + "/read", null, null).expect(204);

        assertThat(Inbox.unread(agent.api())).isZero();
        assertThat(agent.api().get(NOTIFICATIONS + "?unread=true").expect(200).items()).isEmpty();
        assertThat(agent.api().get(NOTIFICATIONS).expect(200).items()).singleElement()
                .satisfies(n -> assertThat(n.getBoolean("read")).isTrue());
    }

    @Test
    void aRoutedLeadNotifiesTheAgentWhoseTurnItWas() {
        Account agent = Accounts.agent();
        long activeAgents = admin().get(Accounts.USERS + "?role=AGENT&active=true").expect(200).total();
        long routedToAgent = -1;
        for (int turn = 0; turn <= activeAgents && routedToAgent < 0; turn++) {
            JsonObject lead = adminLeads().create(newLead().firstName("Routed"));
            if (Leads.assigneeId(lead) == agent.id()) {
                routedToAgent = id(lead);
            }
        }
        assertThat(routedToAgent).as("the new agent's turn came within one round").isPositive();

        List<JsonObject> delivered = Inbox.await(agent.api(), items -> !items.isEmpty());

        long expectedLead = routedToAgent;
        assertThat(delivered).singleElement().satisfies(n -> {
            assertThat(n.getJsonNumber("leadId").longValue()).isEqualTo(expectedLead);
            assertThat(n.getString("message")).contains("routed round-robin");
        });
    }

    @Test
    void anAgentIsNotNotifiedOfTheLeadTheyCreateThemselves() {
        Account agent = Accounts.agent();
        agent.leads().create(newLead());
        // a second, admin-made assignment is the marker that delivery has happened by now
        long marker = id(adminLeads().create(newLead().assignedTo(agent.id())));

        List<JsonObject> delivered = Inbox.await(agent.api(),
                items -> items.stream().anyMatch(n -> n.getJsonNumber("leadId").longValue() == marker));

        assertThat(delivered).singleElement()
                .satisfies(n -> assertThat(n.getJsonNumber("leadId").longValue()).isEqualTo(marker));
    }

    @Test
    void everyoneMarksOnlyTheirOwnNotifications() {
        Account agent = Accounts.agent();
        Account other = Accounts.agent();
        long lead = id(adminLeads().create(newLead().assignedTo(agent.id())));
        JsonObject notification = Inbox.await(agent.api(), items -> !items.isEmpty()).get(0);

        assertThatProblem(other.api().send("POST", NOTIFICATIONS + "/" + id(notification) + "/read", null, null))
                .hasStatus(404).hasType("not-found");
        assertThat(Inbox.unread(agent.api())).isEqualTo(1);
        assertThat(notification.getJsonNumber("leadId").longValue()).isEqualTo(lead);

        Response all = agent.api().send("POST", NOTIFICATIONS + "/read", null, null).expect(200);
        assertThat(all.json().getInt("marked")).isEqualTo(1);
        assertThat(Inbox.unread(agent.api())).isZero();
    }

    @Test
    void aDueFollowUpRemindsTheAgentOncePerDueTime() {
        Account agent = Accounts.agent();
        String due = Instant.now().minusSeconds(60).toString();
        JsonObject lead = agent.leads().create(newLead().firstName("Callback").nextFollowUpAt(due));
        agent.leads().create(newLead().nextFollowUpAt(Instant.now().plus(Duration.ofDays(2)).toString()));

        Inbox.await(agent.api(), items -> Inbox.about(items, "FOLLOW_UP_DUE", id(lead)) == 1);
        // a later run of the timer has happened once a lead that came due after the first reminder is reminded too
        long later = id(agent.leads().create(newLead().nextFollowUpAt(Instant.now().minusSeconds(1).toString())));
        List<JsonObject> inbox = Inbox.await(agent.api(), items -> Inbox.about(items, "FOLLOW_UP_DUE", later) == 1);

        assertThat(Inbox.about(inbox, "FOLLOW_UP_DUE", id(lead))).as("still one reminder for that due time").isEqualTo(1);
        assertThat(inbox).as("only the two due leads").hasSize(2)
                .allSatisfy(n -> assertThat(n.getString("kind")).isEqualTo("FOLLOW_UP_DUE"));
        assertThat(inbox.stream().filter(n -> n.getJsonNumber("leadId").longValue() == id(lead)))
                .singleElement().satisfies(n -> assertThat(n.getString("message")).contains("Callback"));

        JsonObject rescheduled = agent.leads().update(agent.leads().get(id(lead)),
                json -> json.nextFollowUpAt(Instant.now().minusSeconds(5).toString()));
        Inbox.await(agent.api(), items -> Inbox.about(items, "FOLLOW_UP_DUE", id(rescheduled)) == 2);
    }

    @Test
    void clientsHaveAnInboxAndAnonymousCallersNone() {
        assertThat(Accounts.client().api().get(NOTIFICATIONS).expect(200).items()).isEmpty();
        assertThatProblem(anonymous().get(NOTIFICATIONS)).hasStatus(401).hasType("unauthenticated");
    }
}
