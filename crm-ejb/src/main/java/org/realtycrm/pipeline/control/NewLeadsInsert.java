package org.realtycrm.pipeline.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.Activity;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SealedChanges;
import org.realtycrm.lead.control.StoredLead;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.FieldCiphers;

/**
 * Stores a chunk's new leads set-based, on the caller's connection and in its transaction: one statement for the
 * leads, one for their phones and one for their LEAD_CREATED entries, each fed by arrays (one element per lead or
 * phone), where the persistence context would take three statements per lead (an IDENTITY id cannot be batched).
 * The leads are built and checked by the entity; this only writes them as its mapping would ({@link StoredLead}),
 * and the entry's changes sealed as {@link SealedChanges} stores them. The ids are taken from the leads' own sequence first, so that phones, entries,
 * property links and rows can name their lead without reading it back.
 * <p>
 * No statement skips a conflict: a lead stored meanwhile with the same email or phone (through the API or a screen)
 * makes the unique index refuse the chunk, which rolls back and is retried, and then merges into that lead. Leads go
 * in in email-index order and phones in number-index order, as the CSV import stores them, so that the new leads of
 * a chunk and of a CSV import racing for the same keys wait for each other in one direction. (The phones a chunk's
 * merges add are flushed afterwards in the persistence context's order: a deadlock there is refused by PostgreSQL
 * like a conflict, and the chunk is retried.)
 */
final class NewLeadsInsert {

    private static final String NEXT_IDS = "select nextval(pg_get_serial_sequence('leads', 'id')) "
            + "from generate_series(1, ?)";

    private static final String LEADS = """
            insert into leads (id, first_name, last_name, email, email_index, source, status, temperature,
                               assigned_agent_id, next_follow_up_at, notes, search_text, pond_id, routing_rule_id,
                               assigned_at, contact_due_at, created_by_id)
            select n.id, n.first_name, n.last_name, n.email, n.email_index, n.source, n.status, n.temperature,
                   n.agent_id, n.follow_up, n.notes, n.search_text, n.pond_id, n.rule_id, n.assigned_at, n.contact_due,
                   ?
              from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::bigint[], ?::timestamptz[], ?::text[], ?::text[], ?::bigint[], ?::bigint[],
                          ?::timestamptz[], ?::timestamptz[])
                   as n(id, first_name, last_name, email, email_index, source, status, temperature, agent_id,
                        follow_up, notes, search_text, pond_id, rule_id, assigned_at, contact_due)
             order by n.email_index, n.id
            """;

    private static final String PHONES = """
            insert into lead_phones (lead_id, position, number, number_index, type)
            select p.lead_id, p.position, p.number, p.number_index, p.type
              from unnest(?::bigint[], ?::int[], ?::text[], ?::text[], ?::text[])
                   as p(lead_id, position, number, number_index, type)
             order by p.number_index
            """;

    private static final String ENTRIES = """
            insert into activities (actor_id, subject_type, subject_id, lead_id, action, summary, changes)
            select ?, 'LEAD', a.lead_id, a.lead_id, 'LEAD_CREATED', a.summary, a.changes::jsonb
              from unnest(?::bigint[], ?::text[], ?::text[]) as a(lead_id, summary, changes)
             order by a.lead_id
            """;

    private final Connection db;
    private final FieldCipher cipher = FieldCiphers.current();

    NewLeadsInsert(Connection db) {
        this.db = db;
    }

    /**
     * Stores the leads with their phones, and each one's LEAD_CREATED entry.
     *
     * @param summaries each lead's entry, in the leads' order
     * @param actorId   who created them ({@code null}: the system)
     * @return the leads' ids, in their order
     */
    long[] store(List<Lead> leads, List<String> summaries, Long actorId) throws SQLException {
        if (leads.isEmpty()) {
            return new long[0]; // an insert of nothing would still tell the leads list that leads changed
        }
        long[] ids = nextIds(leads.size());
        List<StoredLead> storedLeads = leads.stream().map(lead -> StoredLead.of(lead, cipher)).toList();
        insertLeads(leads, storedLeads, ids, actorId);
        insertPhones(storedLeads, ids);
        insertEntries(leads, summaries, ids, actorId);
        return ids;
    }

    private long[] nextIds(int count) throws SQLException {
        long[] ids = new long[count];
        try (PreparedStatement next = db.prepareStatement(NEXT_IDS)) {
            next.setInt(1, count);
            try (ResultSet result = next.executeQuery()) {
                for (int i = 0; result.next(); i++) {
                    ids[i] = result.getLong(1);
                }
            }
        }
        Arrays.sort(ids); // in the chunk's order, as the persistence context numbered them
        return ids;
    }

    private void insertLeads(List<Lead> leads, List<StoredLead> storedLeads, long[] ids, Long actorId)
            throws SQLException {
        int n = leads.size();
        Object[][] columns = new Object[16][n];
        for (int i = 0; i < n; i++) {
            Lead lead = leads.get(i);
            StoredLead stored = storedLeads.get(i);
            Object[] row = {ids[i], stored.firstName(), stored.lastName(), stored.sealedEmail(), stored.emailIndex(),
                    stored.source(), stored.status(), stored.temperature(),
                    lead.getAssignedAgent() == null ? null : lead.getAssignedAgent().getId(),
                    stored.nextFollowUpAt() == null ? null : stored.nextFollowUpAt().toString(),
                    stored.sealedNotes(), stored.searchText(), lead.getPondId(), lead.getRoutingRuleId(),
                    text(lead.getAssignedAt()), text(lead.getContactDueAt())};
            for (int c = 0; c < row.length; c++) {
                columns[c][i] = row[c];
            }
        }
        try (PreparedStatement insert = db.prepareStatement(LEADS)) {
            insert.setObject(1, actorId, Types.BIGINT);
            String[] types = {"bigint", "text", "text", "text", "text", "text", "text", "text", "bigint", "text",
                    "text", "text", "bigint", "bigint", "text", "text"};
            for (int c = 0; c < columns.length; c++) {
                insert.setArray(c + 2, db.createArrayOf(types[c], columns[c]));
            }
            insert.executeUpdate();
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private void insertPhones(List<StoredLead> storedLeads, long[] ids) throws SQLException {
        List<Object> leadIds = new ArrayList<>();
        List<Object> positions = new ArrayList<>();
        List<Object> numbers = new ArrayList<>();
        List<Object> indexes = new ArrayList<>();
        List<Object> types = new ArrayList<>();
        for (int i = 0; i < storedLeads.size(); i++) {
            List<StoredLead.StoredPhone> phones = storedLeads.get(i).phones();
            for (int position = 0; position < phones.size(); position++) {
                StoredLead.StoredPhone phone = phones.get(position);
                leadIds.add(ids[i]);
                positions.add(position);
                numbers.add(phone.sealedNumber());
                indexes.add(phone.numberIndex());
                types.add(phone.type());
            }
        }
        if (leadIds.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = db.prepareStatement(PHONES)) {
            insert.setArray(1, db.createArrayOf("bigint", leadIds.toArray()));
            insert.setArray(2, db.createArrayOf("integer", positions.toArray()));
            insert.setArray(3, db.createArrayOf("text", numbers.toArray()));
            insert.setArray(4, db.createArrayOf("text", indexes.toArray()));
            insert.setArray(5, db.createArrayOf("text", types.toArray()));
            insert.executeUpdate();
        }
    }

    private void insertEntries(List<Lead> leads, List<String> summaries, long[] ids, Long actorId)
            throws SQLException {
        int n = leads.size();
        Object[] leadIds = new Object[n];
        Object[] texts = new Object[n];
        Object[] changes = new Object[n];
        for (int i = 0; i < n; i++) {
            String summary = summaries.get(i);
            leadIds[i] = ids[i];
            texts[i] = Activity.fitSummary(summary);
            // the entry an ActivityRecorder would store for the lead as created
            changes[i] = SealedChanges.seal(ActivityRecorder.changesJson(FieldChanges.created(leads.get(i)
                    .auditState())));
        }
        try (PreparedStatement insert = db.prepareStatement(ENTRIES)) {
            insert.setObject(1, actorId, Types.BIGINT);
            insert.setArray(2, db.createArrayOf("bigint", leadIds));
            insert.setArray(3, db.createArrayOf("text", texts));
            insert.setArray(4, db.createArrayOf("text", changes));
            insert.executeUpdate();
        }
    }
}
