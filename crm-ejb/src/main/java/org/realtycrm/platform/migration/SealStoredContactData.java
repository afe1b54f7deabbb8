package org.realtycrm.platform.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.realtycrm.audit.entity.SealedChanges;
import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.FieldCiphers;

/**
 * Migration 23: seals the contact data stored before it was encrypted (V22 made room, V24 indexes the result).
 * Java, not SQL, because the keys live with the server, never in the database. It reads each table through a cursor
 * and writes back in batches, in the one transaction Flyway gives it: the stored rows are all sealed, or (when it
 * fails) none, and the next start tries again.
 */
public class SealStoredContactData implements JavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("23");
    }

    @Override
    public String getDescription() {
        return "seal stored contact data";
    }

    @Override
    public Integer getChecksum() {
        return 23;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        FieldCipher cipher = FieldCiphers.current();
        reseal(db, "select id, email, notes from leads",
                "update leads set email = ?, email_index = ?, notes = ? where id = ?", (row, write) -> {
                    String email = row.getString(2);
                    write.setString(1, cipher.seal(email));
                    write.setString(2, cipher.blindIndex(FieldCipher.EMAIL, email));
                    write.setString(3, cipher.seal(row.getString(3)));
                    write.setLong(4, row.getLong(1));
                });
        reseal(db, "select lead_id, position, number from lead_phones",
                "update lead_phones set number = ?, number_index = ? where lead_id = ? and position = ?",
                (row, write) -> {
                    String number = row.getString(3);
                    write.setString(1, cipher.seal(number));
                    write.setString(2, cipher.blindIndex(FieldCipher.PHONE, number));
                    write.setLong(3, row.getLong(1));
                    write.setInt(4, row.getInt(2));
                });
        reseal(db, "select id, changes::text from activities "
                        + "where jsonb_exists_any(changes, array['email', 'phones', 'notes', 'note'])",
                "update activities set changes = ?::jsonb where id = ?", (row, write) -> {
                    write.setString(1, SealedChanges.seal(row.getString(2)));
                    write.setLong(2, row.getLong(1));
                });
        reseal(db, "select import_id, line, original from lead_import_rejects",
                "update lead_import_rejects set original = ? where import_id = ? and line = ?", (row, write) -> {
                    write.setString(1, cipher.seal(row.getString(3)));
                    write.setLong(2, row.getLong(1));
                    write.setLong(3, row.getLong(2));
                });
    }

    /**
     * Reads every row of {@code select} through a cursor (the transaction is open, so the driver fetches in
     * batches instead of loading the table) and writes each back through {@code update}, in JDBC batches.
     */
    private static void reseal(Connection db, String select, String update, RowSealer sealer) throws SQLException {
        try (PreparedStatement read = db.prepareStatement(select); PreparedStatement write = db.prepareStatement(update)) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    sealer.bind(rows, write);
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            write.executeBatch();
        }
    }

    @FunctionalInterface
    private interface RowSealer {
        /** Sets {@code write}'s parameters from the current row of {@code row}. */
        void bind(ResultSet row, PreparedStatement write) throws SQLException;
    }
}
