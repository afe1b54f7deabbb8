package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.realtycrm.audit.entity.SealedChanges;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.platform.migration.KeyCheck;
import org.realtycrm.platform.migration.SealStoredContactData;
import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.FieldCiphers;
import org.realtycrm.platform.sealing.KeyRing;

/**
 * The upgrade of a database from before encryption at rest: a database at migration 22 with contact data in the
 * clear is migrated by the shipped migrations (23 seals in Java, 24 indexes), as the server does at its first start
 * of the new version. Runs on a database of its own, without the server.
 */
class SealingMigrationIT {

    private static final String DATABASE = "crm_it_sealing";
    private static final FieldCipher CIPHER = new FieldCipher(KeyRing.parse(List.of("1:" + key(1), "index:" + key(2))));

    @BeforeAll
    static void databaseBeforeEncryption() throws SQLException {
        try (Connection db = server(); Statement statement = db.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        }
        flyway().target("21").load().migrate();
        try (Connection db = upgraded(); Statement statement = db.createStatement()) {
            statement.execute("""
                    insert into users (id, email, name, role, password_hash) values (1, 'a@x.test', 'A', 'ADMIN', 'x');
                    insert into leads (id, first_name, last_name, email, source, status, temperature, notes,
                                       search_text)
                    values (1, 'Ana', 'Lopez', 'ana@example.com', 'Zillow', 'NEW', 'WARM', 'gate code 4471',
                            'ana lopez ana@example.com 4155550132'),
                           (2, 'Ben', null, null, 'Referral', 'NEW', 'COLD', null, 'ben 2125550100');
                    insert into lead_phones (lead_id, position, number, type)
                    values (1, 0, '+14155550132', 'MOBILE'), (2, 0, '+12125550100', 'HOME');
                    insert into activities (subject_type, subject_id, lead_id, action, summary, changes)
                    values ('LEAD', 1, 1, 'LEAD_CREATED', 'Lead created',
                            '{"email": {"from": null, "to": "ana@example.com"}, "source": {"from": null, "to": "Zillow"}}'),
                           ('LEAD', 1, 1, 'NOTE_ADDED', 'Note: wants a 3-bed', '{"note": {"from": null, "to": "wants a 3-bed"}}');
                    insert into lead_imports (id, file_name, stored_path, size_bytes, imported_by_id, status)
                    values (1, 'a.csv', '/tmp/a.csv', 10, 1, 'COMPLETED');
                    insert into lead_import_rejects (import_id, line, kind, reason, original)
                    values (1, 2, 'INVALID', 'email: is not a valid email address', 'Cy,Doe,cy@,,');
                    """);
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection db = server(); Statement statement = db.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    @Test
    void theUpgradeSealsEveryStoredValueIndexesItAndKeepsNothingInTheClear() throws SQLException {
        FieldCiphers.use(CIPHER);

        flyway().javaMigrations(new SealStoredContactData()).load().migrate();

        try (Connection db = upgraded(); Statement query = db.createStatement()) {
            try (ResultSet lead = query.executeQuery("select email, email_index, notes, search_text from leads where id = 1")) {
                lead.next();
                assertThat(CIPHER.open(lead.getString("email"))).isEqualTo("ana@example.com");
                assertThat(lead.getString("email_index")).isEqualTo(CIPHER.blindIndex(FieldCipher.EMAIL, "ana@example.com"));
                assertThat(CIPHER.open(lead.getString("notes"))).isEqualTo("gate code 4471");
                assertThat(lead.getString("search_text")).isEqualTo("ana lopez");
            }
            try (ResultSet phones = query.executeQuery("select number, number_index from lead_phones order by lead_id")) {
                phones.next();
                assertThat(CIPHER.open(phones.getString(1))).isEqualTo("+14155550132");
                assertThat(phones.getString(2)).isEqualTo(CIPHER.blindIndex(FieldCipher.PHONE, "+14155550132"));
                phones.next();
                assertThat(CIPHER.open(phones.getString(1))).isEqualTo("+12125550100");
            }
            try (ResultSet activities = query.executeQuery("select summary, changes::text from activities order by id")) {
                activities.next();
                assertThat(activities.getString(2)).doesNotContain("ana@").contains("Zillow");
                assertThat(new SealedChanges().convertToEntityAttribute(activities.getString(2))).contains("ana@example.com");
                activities.next();
                assertThat(activities.getString(1)).isEqualTo("Note added");
                assertThat(activities.getString(2)).doesNotContain("3-bed");
            }
            try (ResultSet reject = query.executeQuery("select original from lead_import_rejects")) {
                reject.next();
                assertThat(CIPHER.open(reject.getString(1))).isEqualTo("Cy,Doe,cy@,,");
            }
            try (ResultSet indexes = query.executeQuery("select count(*) from pg_indexes where indexname in "
                    + "('leads_email_index_key', 'lead_phones_number_index_key')")) {
                indexes.next();
                assertThat(indexes.getInt(1)).as("unique indexes on the blind indexes").isEqualTo(2);
            }
        }
    }

    @Test
    void aServerWhoseKeyFileIsNotTheDatabasesRefusesToStart() throws SQLException {
        FieldCipher otherIndex = new FieldCipher(KeyRing.parse(List.of("1:" + key(1), "index:" + key(3))));
        FieldCipher otherV1 = new FieldCipher(KeyRing.parse(List.of("1:" + key(4), "index:" + key(2))));
        FieldCipher rotated = new FieldCipher(KeyRing.parse(List.of("1:" + key(1), "2:" + key(5), "index:" + key(2))));
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setUrl(url());
        database.setUser("postgres");
        FieldCiphers.use(CIPHER);
        flyway().javaMigrations(new SealStoredContactData()).load().migrate(); // nothing left when the other test ran

        KeyCheck.verify(database, CIPHER); // the first server records its checks
        KeyCheck.verify(database, rotated); // a rotation adds a version: still the same keys

        assertThatThrownBy(() -> KeyCheck.verify(database, otherIndex)).hasMessageContaining("index: key");
        assertThatThrownBy(() -> KeyCheck.verify(database, otherV1)).hasMessageContaining("key version 1");
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure(SealingMigrationIT.class.getClassLoader())
                .dataSource(url(), "postgres", "")
                .locations("classpath:db/migration");
    }

    private static String url() {
        return ItProperties.dbUrl().replaceAll("/[^/?]+(\\?.*)?$", "/" + DATABASE);
    }

    private static Connection server() throws SQLException {
        return DriverManager.getConnection(ItProperties.dbUrl().replaceAll("/[^/?]+(\\?.*)?$", "/postgres"), "postgres", "");
    }

    private static Connection upgraded() throws SQLException {
        return DriverManager.getConnection(url(), "postgres", "");
    }

    private static String key(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 17 + i);
        }
        return Base64.getEncoder().encodeToString(key);
    }
}
