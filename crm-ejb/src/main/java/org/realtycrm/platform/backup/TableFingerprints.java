package org.realtycrm.platform.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes the {@link TableFingerprint} of every table in schema {@code public}: the application's, Flyway's history, the
 * EJB timers and the batch job repository. The checksum adds up the first 60 bits of each row's MD5 (of the row as
 * text), so it needs no sorting and constant memory. Row text depends on session settings (time zone, float digits,
 * date style); those are fixed here first, in the caller's transaction, so the backup and the restore render rows
 * alike. Used by the backup, inside the snapshot its dump is taken in, and by {@link RestoreTool} afterwards.
 */
public final class TableFingerprints {

    private static final String[] SESSION = {
            "set local timezone = 'UTC'",
            "set local datestyle = 'ISO, MDY'",
            "set local intervalstyle = 'postgres'",
            "set local extra_float_digits = 3",
            "set local bytea_output = 'hex'",
            // a large table's checksum takes longer than the pool's limit for an application query
            "set local statement_timeout = 0"};

    private TableFingerprints() {
    }

    /** The fingerprints, by table name; run inside a transaction (the settings are local to it). */
    public static List<TableFingerprint> of(Connection connection) throws SQLException {
        List<TableFingerprint> fingerprints = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(0);
            for (String setting : SESSION) {
                statement.execute(setting);
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                fingerprints.add(of(statement, table));
            }
        }
        return fingerprints;
    }

    private static TableFingerprint of(Statement statement, String table) throws SQLException {
        String quoted = "public.\"" + table.replace("\"", "\"\"") + "\"";
        try (ResultSet result = statement.executeQuery("select count(*), coalesce(sum(('x' || substr(md5(t::text), "
                + "1, 15))::bit(60)::bigint), 0)::text from " + quoted + " t")) {
            result.next();
            return new TableFingerprint(table, result.getLong(1), result.getString(2));
        }
    }
}
