package org.realtycrm.lead.batch;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;
import org.realtycrm.platform.csv.CsvPosition;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.platform.persistence.CopyText;
import org.realtycrm.platform.persistence.GrowingTables;
import org.realtycrm.lead.control.LeadPlacement;
import org.realtycrm.lead.control.StoredLead;
import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.FieldCiphers;

/**
 * Stores one chunk of an import set-based, on the chunk's connection and in its transaction: the rows are copied
 * into a session-local staging table, and a handful of statements then find duplicates (of live leads, of lines
 * that earlier chunks imported, of earlier lines of this chunk), insert the leads with their phones, and write the
 * rejects. A lead gets no audit entry of its own: it links to its import and line, and the import's entries stand for
 * it ({@code ImportAudit}). Contact data is staged sealed, with the blind indexes of email and phones that the
 * duplicate checks compare. The unique indexes on those decide races with leads stored meanwhile, through the API or
 * by another part of the same file: such a row is reported as a duplicate of the lead that won, and a lead whose phone
 * lost the race is removed again with its other phones before the chunk commits, so no lead is ever stored half.
 * Leads go in in email-index order and phones in number-index order: two chunks that race for the same keys then wait
 * for each other in one direction only, and cannot deadlock. A row's text (for its reject) is staged, sealed, only
 * once the row is known to be rejected: most rows never need it.
 */
final class ImportChunkStore {

    // the staging table's name changes with its columns: a pooled connection that outlives a redeployment keeps the
    // temp table of the code before it
    private static final String STAGING = """
            create temp table if not exists lead_import_chunk_rows (
                line bigint primary key, original text, invalid_reason text,
                first_name text, last_name text, email text, email_index text, phones text, phone_indexes text,
                phone_types text, phone_count int,
                source text, status text, temperature text, next_follow_up_at timestamptz,
                notes text, search_text text, duplicate_of text
            ) on commit delete rows;
            create temp table if not exists lead_import_stored (line bigint primary key, lead_id bigint not null,
                agent_id bigint)
                on commit delete rows;
            """;

    private static final String COPY = "copy lead_import_chunk_rows (line, original, invalid_reason, first_name, last_name, "
            + "email, email_index, phones, phone_indexes, phone_types, phone_count, source, status, temperature, "
            + "next_follow_up_at, "
            + "notes, search_text) from stdin";

    /** An earlier import line, or another lead: what a duplicate repeats. */
    private static final String WHICH = "case when l.import_id = ? then 'line ' || l.import_line "
            + "else 'existing lead ' || l.id end";

    // Each staged key is looked up in the unique index on its own (a lateral subquery with a limit cannot become a
    // join). As a join, the planner chose by the statistics of `leads`, which lag far behind a table that an import
    // is filling: it hashed every live lead for each chunk, and a million-row import slowed down as it went.
    private static final String DUPLICATE_EMAIL = """
            update lead_import_chunk_rows c set duplicate_of = m.reason
              from lead_import_chunk_rows s
             cross join lateral (select %s || ' (same email)' as reason from leads l
                                  where l.email_index = s.email_index and l.deleted_at is null limit 1) m
             where c.line = s.line and s.invalid_reason is null and s.email_index is not null
            """.formatted(WHICH);

    private static final String DUPLICATE_PHONE = """
            update lead_import_chunk_rows c set duplicate_of = d.reason
              from (select distinct on (s.line) s.line, m.reason
                      from lead_import_chunk_rows s
                     cross join lateral unnest(string_to_array(s.phone_indexes, ',')) with ordinality as n(number_index, position)
                     cross join lateral (select %s || ' (same phone)' as reason
                                           from lead_phones p join leads l on l.id = p.lead_id
                                          where p.number_index = n.number_index and not p.lead_deleted limit 1) m
                     where s.invalid_reason is null and s.duplicate_of is null
                     order by s.line, n.position) d
             where c.line = d.line
            """.formatted(WHICH);

    // earlier line wins; a line that repeats an existing lead is no winner (it is not imported). One sort by key
    // finds each key's first line: a self-join of the keys would compare every pair and cost seconds per chunk.
    private static final String DUPLICATE_IN_CHUNK = """
            with keys as (
                select line, 'email' as what, email_index as key from lead_import_chunk_rows
                 where invalid_reason is null and duplicate_of is null and email_index is not null
                union all
                select s.line, 'phone', 'phone ' || n.number_index from lead_import_chunk_rows s
                 cross join lateral unnest(string_to_array(s.phone_indexes, ',')) as n(number_index)
                 where s.invalid_reason is null and s.duplicate_of is null),
            firsts as (
                select line, what, min(line) over (partition by key) as first_line from keys)
            update lead_import_chunk_rows c set duplicate_of = d.reason
              from (select distinct on (line) line, 'line ' || first_line || ' (same ' || what || ')' as reason
                      from firsts where first_line < line
                     order by line, first_line) d
             where c.line = d.line
            """;

    private static final String NEVER_ANALYSED =
            "select count(*) from pg_class where oid = 'pg_temp.lead_import_chunk_rows'::regclass and reltuples < 0";

    private static final String CANDIDATES = "select line from lead_import_chunk_rows "
            + "where invalid_reason is null and duplicate_of is null order by line";

    // the placements are given in line order, one array per column (a null leaves the lead without it); the rows go
    // in in email-index order, so that chunks stored side by side cannot deadlock on the email index
    private static final String INSERT_LEADS = """
            with turns as (
                select line, row_number() over (order by line) as turn from lead_import_chunk_rows
                 where invalid_reason is null and duplicate_of is null),
            inserted as (
                insert into leads (first_name, last_name, email, email_index, source, status, temperature,
                                   assigned_agent_id, pond_id, routing_rule_id, assigned_at, contact_due_at,
                                   import_routing, next_follow_up_at, notes, search_text, created_by_id, import_id,
                                   import_line)
                select c.first_name, c.last_name, c.email, c.email_index, c.source, c.status, c.temperature,
                       (?::bigint[])[t.turn], (?::bigint[])[t.turn], (?::bigint[])[t.turn],
                       (?::timestamptz[])[t.turn], (?::timestamptz[])[t.turn], (?::text[])[t.turn],
                       c.next_follow_up_at, c.notes, c.search_text, ?, ?, c.line
                  from lead_import_chunk_rows c join turns t on t.line = c.line order by c.email_index, c.line
                on conflict (email_index) where deleted_at is null and email_index is not null do nothing
                returning id, import_line, assigned_agent_id)
            insert into lead_import_stored (line, lead_id, agent_id)
            select import_line, id, assigned_agent_id from inserted
            """;

    // the winner has committed (the insert waited for it), so this statement sees it
    private static final String LOST_EMAIL_RACE = "update lead_import_chunk_rows c set duplicate_of = coalesce("
            + "(select " + WHICH + " || ' (same email)' from leads l where l.email_index = c.email_index and l.deleted_at is null "
            + "limit 1), 'a lead created meanwhile (same email)') "
            + "where invalid_reason is null and duplicate_of is null "
            + "and not exists (select 1 from lead_import_stored n where n.line = c.line)";

    private static final String INSERT_PHONES = """
            insert into lead_phones (lead_id, position, number, number_index, type)
            select n.lead_id, p.position - 1, p.number, p.number_index, p.type
              from lead_import_stored n join lead_import_chunk_rows c on c.line = n.line
             cross join lateral unnest(string_to_array(c.phones, ','), string_to_array(c.phone_indexes, ','),
                                       string_to_array(c.phone_types, ','))
                   with ordinality as p(number, number_index, type, position)
             order by p.number_index
            on conflict (number_index) where not lead_deleted do nothing
            """;

    private static final String EXPECTED_PHONES = "select coalesce(sum(c.phone_count), 0) "
            + "from lead_import_stored n join lead_import_chunk_rows c on c.line = n.line";

    // the statement's snapshot still shows the half-stored lead's own phones: the winner is the other holder
    private static final String REMOVE_HALF_STORED = """
            with half as (
                select n.line, n.lead_id from lead_import_stored n join lead_import_chunk_rows c on c.line = n.line
                 where c.phone_count > (select count(*) from lead_phones p where p.lead_id = n.lead_id)),
            gone as (delete from leads l using half h where l.id = h.lead_id returning h.line, h.lead_id),
            forgotten as (delete from lead_import_stored n using gone g where n.line = g.line
                          returning n.line, g.lead_id)
            update lead_import_chunk_rows c set duplicate_of = coalesce(
                   (select %s || ' (same phone)'
                      from unnest(string_to_array(c.phone_indexes, ',')) as x(number_index)
                      join lead_phones p on p.number_index = x.number_index and not p.lead_deleted
                           and p.lead_id <> f.lead_id
                      join leads l on l.id = p.lead_id
                     limit 1),
                   'a lead created meanwhile (same phone)')
              from forgotten f where c.line = f.line
            """.formatted(WHICH);

    private static final String REJECTS = """
            insert into lead_import_rejects (import_id, line, kind, reason, original)
            select ?, line, case when invalid_reason is null then 'DUPLICATE' else 'INVALID' end,
                   left(coalesce(invalid_reason, 'duplicate of ' || duplicate_of), 500), original
              from lead_import_chunk_rows where invalid_reason is not null or duplicate_of is not null
            on conflict (import_id, line) do nothing
            """;

    private static final String DUPLICATES_WITHOUT_TEXT = "select line from lead_import_chunk_rows "
            + "where original is null and duplicate_of is not null order by line";

    private static final String ADD_TEXT = "update lead_import_chunk_rows c set original = t.original "
            + "from unnest(?::bigint[], ?::text[]) as t(line, original) where c.line = t.line";

    private static final String STORED = "select count(*) from lead_import_stored";

    private static final String PER_AGENT = "select agent_id, count(*) from lead_import_stored "
            + "where agent_id is not null group by agent_id";

    private static final String PER_POND = "select l.pond_id, count(*) from lead_import_stored n "
            + "join leads l on l.id = n.lead_id where l.pond_id is not null group by l.pond_id";

    private static final String PROGRESS = "update lead_imports set rows_read = rows_read + ?, imported = imported + ?, "
            + "duplicates = duplicates + ?, rejected = rejected + ?, updated_at = now(), version = version + 1 "
            + "where id = ?";

    private static final String PART_DONE_UP_TO = "update lead_import_parts set next_offset = ?, next_line = ? "
            + "where import_id = ? and part = ?";

    private final Connection connection;
    private final long importId;
    /** What {@link #stage} copied in, in line order. */
    private List<ImportedRow> rows = List.of();
    private long firstLine;
    /** How many of them were invalid already in Java. */
    private int invalid;

    ImportChunkStore(Connection connection, long importId) {
        this.connection = connection;
        this.importId = importId;
    }

    /** Copies the chunk in and marks the duplicates; answers the lines of the rows that may become leads, in order. */
    List<Long> stage(List<ImportedRow> chunk) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(STAGING);
        }
        rows = chunk;
        firstLine = rows.isEmpty() ? 0 : rows.get(0).line();
        invalid = 0;
        CopyText copy = new CopyText();
        FieldCipher cipher = FieldCiphers.current();
        for (ImportedRow row : rows) {
            copy.add(row.line());
            if (row instanceof ImportedRow.Valid valid) {
                addLead(copy.add(null).add(null), valid.lead(), cipher);
            } else {
                invalid++;
                copy.add(cipher.seal(row.original())).add(((ImportedRow.Invalid) row).reason());
                for (int column = 0; column < 14; column++) {
                    copy.add(null);
                }
            }
            copy.endRow();
        }
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(copy.toString()));
        // a temp table has no statistics until analysed: without them the planner scans all leads for each chunk.
        // They survive the rows' deletion at commit, so the first chunk on a connection analyses for the rest.
        if (single(NEVER_ANALYSED) == 1) {
            update("analyze lead_import_chunk_rows");
        }
        update(DUPLICATE_EMAIL, importId);
        update(DUPLICATE_PHONE, importId);
        update(DUPLICATE_IN_CHUNK);
        List<Long> lines = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(CANDIDATES);
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                lines.add(result.getLong(1));
            }
        }
        return lines;
    }

    /**
     * Stages a lead as its mapping stores it ({@link StoredLead}); sealed values and indexes are base64, so ','
     * still separates a lead's phones.
     */
    private static void addLead(CopyText copy, Lead lead, FieldCipher cipher) {
        StoredLead stored = StoredLead.of(lead, cipher);
        List<StoredLead.StoredPhone> phones = stored.phones();
        copy.add(stored.firstName()).add(stored.lastName()).add(stored.sealedEmail()).add(stored.emailIndex())
                .add(phones.stream().map(StoredLead.StoredPhone::sealedNumber).collect(Collectors.joining(",")))
                .add(phones.stream().map(StoredLead.StoredPhone::numberIndex).collect(Collectors.joining(",")))
                .add(phones.stream().map(StoredLead.StoredPhone::type).collect(Collectors.joining(",")))
                .add(phones.size())
                .add(stored.source()).add(stored.status()).add(stored.temperature())
                .add(stored.nextFollowUpAt()).add(stored.sealedNotes()).add(stored.searchText());
    }

    /**
     * Stores the staged rows that are not duplicates, placed as given in line order (one placement for each line
     * {@link #stage} answered), and moves the import's counts and the part's resume position.
     *
     * @param next where the part's next row starts: the part resumes there after a crash
     * @return what became of the chunk's rows, and how many leads each agent and each pond got
     */
    ImportChunkStored store(List<LeadPlacement> placements, long importedBy, int part, CsvPosition next)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_LEADS)) {
            insert.setArray(1, array("bigint", placements, LeadPlacement::agentId));
            insert.setArray(2, array("bigint", placements, LeadPlacement::pondId));
            insert.setArray(3, array("bigint", placements, LeadPlacement::ruleId));
            insert.setArray(4, array("timestamptz", placements, placement -> timestamp(placement.assignedAt())));
            insert.setArray(5, array("timestamptz", placements, placement -> timestamp(placement.contactDue())));
            insert.setArray(6, array("text", placements, LeadPlacement::how));
            insert.setLong(7, importedBy);
            insert.setLong(8, importId);
            insert.executeUpdate();
        }
        update(LOST_EMAIL_RACE, importId);
        int phones = update(INSERT_PHONES);
        if (phones < single(EXPECTED_PHONES)) {
            update(REMOVE_HALF_STORED, importId);
        }
        int imported = (int) single(STORED);
        addTextOfDuplicates();
        int rejects = update(REJECTS, importId);
        Map<Long, Integer> perAgent = counts(PER_AGENT);
        Map<Long, Integer> perPond = counts(PER_POND);
        update(PROGRESS, rows.size(), imported, rejects - invalid, invalid, importId);
        update(PART_DONE_UP_TO, next.byteOffset(), next.line(), importId, part);
        GrowingTables.analyzeWhenDoubled(connection, firstLine - 1, next.line() - 1, "leads", "lead_phones");
        return new ImportChunkStored(imported, rejects - invalid, invalid, perAgent, perPond);
    }

    private Array array(String type, List<LeadPlacement> placements, Function<LeadPlacement, Object> column)
            throws SQLException {
        return connection.createArrayOf(type, placements.stream().map(column).toArray());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** What the query counts (its first column), with the counts (its second). */
    private Map<Long, Integer> counts(String sql) throws SQLException {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet result = query.executeQuery()) {
            while (result.next()) {
                counts.put(result.getLong(1), result.getInt(2));
            }
        }
        return counts;
    }

    /** Stages the sealed text of the rows found to be duplicates, for their rejects. */
    private void addTextOfDuplicates() throws SQLException {
        List<Long> lines = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(DUPLICATES_WITHOUT_TEXT);
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                lines.add(result.getLong(1));
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        Map<Long, ImportedRow> byLine = rows.stream().collect(Collectors.toMap(ImportedRow::line, row -> row));
        FieldCipher cipher = FieldCiphers.current();
        String[] texts = lines.stream().map(line -> cipher.seal(byLine.get(line).original())).toArray(String[]::new);
        try (PreparedStatement add = connection.prepareStatement(ADD_TEXT)) {
            add.setArray(1, connection.createArrayOf("bigint", lines.toArray()));
            add.setArray(2, connection.createArrayOf("text", texts));
            add.executeUpdate();
        }
    }

    private long single(String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
