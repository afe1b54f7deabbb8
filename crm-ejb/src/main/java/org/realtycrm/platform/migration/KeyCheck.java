package org.realtycrm.platform.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.SealingException;

/**
 * Proves at start-up that this server's data key file belongs to this database, before anything is sealed or
 * looked up: the index key makes the same blind index of a fixed text as the first server did, and every key version
 * both hold opens the fixed text the database keeps sealed with it. Servers provisioned one by one would otherwise
 * each generate a file of their own, and the second would silently write indexes that match nothing. The first
 * server to meet a version records its check; a version the database knows but the file lacks is only reported (its
 * values no longer open: see docs/operations.md, "Rotating the data keys").
 */
public final class KeyCheck {

    private static final Logger LOG = Logger.getLogger(KeyCheck.class.getName());
    private static final String TEXT = "realty-crm data key check";
    private static final String INDEX = "index";

    private KeyCheck() {
    }

    public static void verify(DataSource dataSource, FieldCipher cipher) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            record(db, INDEX, cipher.blindIndex("key-check", TEXT));
            for (int version : cipher.versions()) {
                record(db, "v" + version, cipher.sealWith(version, TEXT));
            }
            Map<String, String> checks = read(db);
            if (!checks.get(INDEX).equals(cipher.blindIndex("key-check", TEXT))) {
                throw new IllegalStateException("the index: key of the data key file is not the one this database's "
                        + "blind indexes were made with: give this server the data key file of the other servers");
            }
            for (Map.Entry<String, String> check : checks.entrySet()) {
                if (check.getKey().equals(INDEX)) {
                    continue;
                }
                int version = Integer.parseInt(check.getKey().substring(1));
                if (!cipher.versions().contains(version)) {
                    LOG.warning(() -> "the data key file has no key version " + version + ", which this database "
                            + "has seen: values and documents sealed with it do not open");
                    continue;
                }
                try {
                    cipher.open(check.getValue());
                } catch (SealingException e) {
                    throw new IllegalStateException("key version " + version + " of the data key file is not the "
                            + "one this database's values were sealed with: give this server the data key file of "
                            + "the other servers", e);
                }
            }
        }
    }

    /** Records a check unless one of that name is there (two servers starting at once: the first one wins). */
    private static void record(Connection db, String name, String value) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "insert into data_key_checks (name, value) values (?, ?) on conflict (name) do nothing")) {
            insert.setString(1, name);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }

    private static Map<String, String> read(Connection db) throws SQLException {
        Map<String, String> checks = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("select name, value from data_key_checks");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                checks.put(rows.getString(1), rows.getString(2));
            }
        }
        return checks;
    }
}
