package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.Leads.id;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Inbox;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Server;
import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.KeyRing;

/**
 * What the asynchronous parts promise when the server dies: an assignment whose JMS message was sent but not yet
 * consumed still notifies the agent after a crash, exactly once; the persistent reminder timer is still one timer
 * afterwards and does not remind twice; a backlog of due follow-ups is worked off in bounded batches.
 */
class ServerRestartIT extends CrmIT {

    private static final String ASSIGNED = "LEAD_ASSIGNED";
    private static final String DUE = "FOLLOW_UP_DUE";
    /** crm.follow-up.batch-size in the test profile (the default). */
    private static final int REMINDER_BATCH = 500;

    @Test
    void aCrashBetweenSendAndDeliveryLosesNoNotificationAndDoublesNone() throws SQLException {
        Account agent = Accounts.agent();
        Account previousOwner = Accounts.agent();
        long reassigned = id(adminLeads().create(newLead().firstName("Pending").assignedTo(previousOwner.id())));
        long due = id(agent.leads().create(newLead().firstName("Overdue")
                .nextFollowUpAt(Instant.now().minusSeconds(90).toString())));
        Inbox.await(agent.api(), items -> Inbox.about(items, DUE, due) == 1);
        int timersBefore = persistentTimers();

        Server.pauseConsumers("LeadAssigned");
        adminLeads().assign(reassigned, agent.id()).expect(200);
        // let the server work a while: once the timer has reminded a newer due lead, the assignment would have been
        // delivered long since, had its message not been waiting in the paused queue
        long duePaused = id(agent.leads().create(newLead().nextFollowUpAt(Instant.now().minusSeconds(1).toString())));
        assertThat(Inbox.about(Inbox.await(agent.api(), items -> Inbox.about(items, DUE, duePaused) == 1),
                ASSIGNED, reassigned)).as("the message waits in the paused queue").isZero();
        Server.kill();
        Server.start();
        Server.resume("LeadAssigned");

        Inbox.await(agent.api(), items -> Inbox.about(items, ASSIGNED, reassigned) == 1);
        // the timer has run again after the restart once a lead that came due since is reminded
        long dueLater = id(agent.leads().create(newLead().nextFollowUpAt(Instant.now().minusSeconds(1).toString())));
        List<JsonObject> inbox = Inbox.await(agent.api(), items -> Inbox.about(items, DUE, dueLater) == 1);

        assertThat(Inbox.about(inbox, ASSIGNED, reassigned)).as("assignment delivered once").isEqualTo(1);
        assertThat(Inbox.about(inbox, DUE, due)).as("no second reminder for the same due time").isEqualTo(1);
        assertThat(persistentTimers()).as("the timer survived the crash and was not created twice")
                .isEqualTo(timersBefore).isPositive();
    }

    @Test
    void aBacklogOfDueFollowUpsIsRemindedInBoundedBatches() throws SQLException {
        Account agent = Accounts.agent();
        int backlog = 2 * REMINDER_BATCH + 200;
        insertOverdueLeads(agent.id(), backlog);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (remindersPerRun(agent.id()).stream().mapToInt(Integer::intValue).sum() < backlog) {
            assertThat(Instant.now()).as("backlog worked off").isBefore(deadline);
            sleep(Duration.ofMillis(500));
        }

        List<Integer> perRun = remindersPerRun(agent.id());
        assertThat(perRun).as("runs of the timer and their sizes").hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(REMINDER_BATCH));
        assertThat(Inbox.unread(agent.api())).isEqualTo(backlog);
    }

    private static int persistentTimers() throws SQLException {
        try (Connection db = database(); ResultSet rows = db.createStatement()
                .executeQuery("select count(*) from \"EJB__TIMER__TBL\"")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The agent's reminders grouped by the transaction that wrote them: one group per run of the timer. */
    private static List<Integer> remindersPerRun(long agentId) throws SQLException {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(
                "select count(*) from notifications where recipient_id = ? and kind = 'FOLLOW_UP_DUE' "
                        + "group by created_at order by created_at")) {
            query.setLong(1, agentId);
            List<Integer> sizes = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sizes.add(rows.getInt(1));
                }
            }
            return sizes;
        }
    }

    /**
     * A purchased list left untouched: many leads whose follow-up passed, loaded straight into the database, their
     * emails sealed with the server's keys as the application stores them.
     */
    private static void insertOverdueLeads(long agentId, int count) throws SQLException {
        FieldCipher cipher = new FieldCipher(KeyRing.read(ItProperties.secretsDir().resolve("data-keys")));
        try (Connection db = database(); PreparedStatement insert = db.prepareStatement("""
                insert into leads (first_name, last_name, email, email_index, source, status, temperature,
                                   assigned_agent_id, search_text, next_follow_up_at)
                values ('Backlog', ?, ?, ?, 'Purchased list', 'NEW', 'COLD', ?, ?,
                        now() - (? || ' minutes')::interval)
                """)) {
            for (int g = 1; g <= count; g++) {
                String email = "backlog." + agentId + "." + g + "@example.com";
                insert.setString(1, "Lead " + g);
                insert.setString(2, cipher.seal(email));
                insert.setString(3, cipher.blindIndex(FieldCipher.EMAIL, email));
                insert.setLong(4, agentId);
                insert.setString(5, "backlog lead " + g);
                insert.setInt(6, g);
                insert.addBatch();
            }
            assertThat(insert.executeBatch()).hasSize(count);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(ItProperties.dbUrl(), ItProperties.dbUser(), ItProperties.dbPassword());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
