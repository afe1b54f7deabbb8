package org.realtycrm.platform.migration;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.realtycrm.platform.crypto.EncryptionSettings;
import org.realtycrm.platform.sealing.FieldCiphers;

/**
 * Installs the data keys for sealed fields ({@link FieldCiphers}) and brings the database schema up to date,
 * before anything else uses either; beans that need the schema at start-up declare
 * {@code @DependsOn("FlywayMigrator")}. Flyway alone owns the schema (see docs/adr/0001).
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class FlywayMigrator {

    private static final Logger LOG = Logger.getLogger(FlywayMigrator.class.getName());

    @Resource(lookup = "jdbc/crm")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = EncryptionSettings.KEY_FILE)
    String keyFile;

    @PostConstruct
    void migrate() {
        // before the schema and before anything else: migration 23 and every sealed column need the keys
        FieldCiphers.useKeyFile(Path.of(keyFile));
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(new UntimedDataSource(dataSource))
                .locations("classpath:db/migration")
                .javaMigrations(new SealStoredContactData())
                // Payara's own tables (EJB timers, batch) may already live in the schema: our history starts at 1
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        try {
            KeyCheck.verify(dataSource, FieldCiphers.current());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the data keys against the database: " + e.getMessage(), e);
        }
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }
}
