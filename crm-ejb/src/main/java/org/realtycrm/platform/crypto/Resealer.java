package org.realtycrm.platform.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.realtycrm.audit.entity.SealedChanges;
import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.FieldCiphers;
import org.realtycrm.platform.sealing.SealingException;

/**
 * Moves sealed values to the active key after a rotation, in the background and without downtime: every value
 * opens with any key of the key file meanwhile, so nothing waits for it. Once a minute
 * ({@code crm.encryption.reseal-check-seconds}) each server looks whether the active key version changed since its
 * last complete pass (or the last pass still found values); if so, it walks
 * every sealed table in key order, in batches of its own transactions, and re-seals the values of older versions.
 * A row is written back only if it still holds what was read, so an edit made meanwhile is never undone (it was
 * sealed with the active key anyway). A PostgreSQL advisory lock keeps passes of several servers from overlapping.
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class Resealer {

    private static final Logger LOG = Logger.getLogger(Resealer.class.getName());
    private static final int BATCH = 500;
    /** Any number, the same on every server: the advisory lock's key ("reseal" in ASCII). */
    private static final long LOCK = 0x7265_7365_616CL;

    @Resource(lookup = "jdbc/crm")
    DataSource dataSource;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = EncryptionSettings.RESEAL_CHECK_SECONDS)
    int checkSeconds;

    @Inject
    MetricRegistry metrics;

    private Counter resealed;
    private Counter unopenable;
    /** The key version the last complete pass of this server moved everything to; 0 before the first. */
    private volatile int sweptVersion;
    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void register() {
        resealed = metrics.counter(Metadata.builder().withName("crm.encryption.resealed")
                .withDescription("Sealed values moved to the active data key after a key rotation").build());
        unopenable = metrics.counter(Metadata.builder().withName("crm.encryption.unopenable")
                .withDescription("Stored rows the re-sealing met with a value that does not open (its key version "
                        + "is not in the key file, or it was changed)").build());
        metrics.gauge(Metadata.builder().withName("crm.encryption.key.version")
                .withDescription("The data key version this server seals with").build(),
                () -> FieldCiphers.current().activeVersion());
        // not persistent: every server looks on its own, from its start (the first look passes once over all)
        timers.createIntervalTimer(0, checkSeconds * 1000L, new TimerConfig("re-seal after a key rotation", false));
    }

    @Timeout
    void lookForOldKeys() {
        FieldCipher cipher = FieldCiphers.current();
        int active = cipher.activeVersion();
        if (cipher.versions().size() == 1) {
            // a key file of one version leaves nothing to move (a value of any other would not open anyway): the
            // usual start of a server scans no table
            sweptVersion = active;
        }
        if (active == sweptVersion || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            long moved = resealAll();
            if (moved >= 0) {
                LOG.info(() -> "re-sealing pass done: " + moved + " values moved to key version " + active);
                // a pass that still moved values goes again: a server that read the new key file late may have
                // sealed with the old key meanwhile
                sweptVersion = moved == 0 ? active : sweptVersion;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "re-sealing pass failed; it is tried again in a minute", e);
        } finally {
            running.set(false);
        }
    }

    /** One pass over every sealed table; answers the values moved, or -1 when another server is passing. */
    long resealAll() throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            if (!advisoryLock(db, "pg_try_advisory_lock")) {
                return -1;
            }
            try {
                long moved = 0;
                for (SealedTable table : SealedTable.ALL) {
                    moved += reseal(db, table);
                }
                return moved;
            } finally {
                advisoryLock(db, "pg_advisory_unlock");
            }
        }
    }

    private static boolean advisoryLock(Connection db, String function) throws SQLException {
        try (PreparedStatement lock = db.prepareStatement("select " + function + "(?)")) {
            lock.setLong(1, LOCK);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private long reseal(Connection db, SealedTable table) throws SQLException {
        FieldCipher cipher = FieldCiphers.current();
        int keys = table.key().size();
        int columns = table.columns().size();
        Object[] after = null; // before the first row
        long moved = 0;
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        // the first batch starts at the beginning: a number below every key (-1 once) does not compare with a text key
        try (PreparedStatement first = db.prepareStatement(table.selectBatch(BATCH, false));
                PreparedStatement next = db.prepareStatement(table.selectBatch(BATCH, true));
                PreparedStatement write = db.prepareStatement(table.update())) {
            int rows;
            do {
                PreparedStatement read = after == null ? first : next;
                int parameter = 1;
                for (int i = 0; after != null && i < keys; i++) {
                    read.setObject(parameter++, after[i]);
                }
                for (int i = 0; i < columns; i++) {
                    read.setString(parameter++, table.staleParameter(cipher.activeVersion()));
                }
                after = after == null ? new Object[keys] : after;
                rows = 0;
                List<Object[]> stale = new ArrayList<>();
                try (ResultSet result = read.executeQuery()) {
                    while (result.next()) {
                        rows++;
                        Object[] row = new Object[keys + columns];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = result.getObject(i + 1);
                        }
                        System.arraycopy(row, 0, after, 0, keys);
                        if (needsResealing(row, keys, cipher, table.json())) {
                            stale.add(row);
                        }
                    }
                }
                for (Object[] row : stale) {
                    try {
                        bindUpdate(write, row, keys, columns, cipher, table.json());
                        write.addBatch();
                    } catch (SealingException e) {
                        // a value that does not open (its key is gone, or it was changed) must not stop the rest;
                        // it stays as it is, and is counted and named
                        unopenable.inc();
                        LOG.warning(() -> table.name() + " " + Arrays.toString(Arrays.copyOf(row, keys))
                                + " keeps a value that does not open: " + e.getMessage());
                    }
                }
                for (int count : write.executeBatch()) {
                    moved += Math.max(count, 0);
                }
                db.commit();
            } while (rows == BATCH);
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
        if (moved > 0) {
            resealed.inc(moved);
        }
        return moved;
    }

    /** For JSON, only the sealed fields count: other text may look like a sealed value and never change. */
    private static boolean needsResealing(Object[] row, int keys, FieldCipher cipher, boolean json) {
        for (int i = keys; i < row.length; i++) {
            String value = (String) row[i];
            if (json ? SealedChanges.sealedVersions(value).stream().anyMatch(v -> v != cipher.activeVersion())
                    : !cipher.isCurrent(value)) {
                return true;
            }
        }
        return false;
    }

    /** New values first, then the key, then the values as read (the row must still hold them). */
    private static void bindUpdate(PreparedStatement write, Object[] row, int keys, int columns, FieldCipher cipher,
            boolean json) throws SQLException {
        int parameter = 1;
        for (int i = keys; i < keys + columns; i++) {
            String value = (String) row[i];
            write.setString(parameter++, json ? SealedChanges.reseal(value) : cipher.seal(cipher.open(value)));
        }
        for (int i = 0; i < keys; i++) {
            write.setObject(parameter++, row[i]);
        }
        for (int i = keys; i < keys + columns; i++) {
            write.setString(parameter++, (String) row[i]);
        }
    }
}
