package org.realtycrm.platform.backup;

/** The configuration keys of backups (defaults in microprofile-config.properties). */
public final class BackupSettings {

    /** {@code false} turns the daily backup off (an administrator can still start one). */
    public static final String ENABLED = "crm.backup.enabled";
    /** When the daily backup runs, {@code HH:mm} in {@code crm.brokerage.time-zone}. */
    public static final String TIME = "crm.backup.time";
    /** How many daily, weekly (Monday to Sunday) and monthly backups to keep; the newest backup is always kept. */
    public static final String KEEP_DAILY = "crm.backup.keep.daily";
    public static final String KEEP_WEEKLY = "crm.backup.keep.weekly";
    public static final String KEEP_MONTHLY = "crm.backup.keep.monthly";
    /** The {@code pg_dump} to run (version 15 or newer): a name on the server's PATH or a full path. */
    public static final String PG_DUMP = "crm.backup.pg-dump";
    /** Where an archive is written before it is shipped to the store; unset: the JVM's temporary directory. */
    public static final String WORK_DIRECTORY = "crm.backup.work-directory";
    /** A backup still running after this many hours is taken to have died with its server (and marked failed). */
    public static final String GIVE_UP_HOURS = "crm.backup.give-up-hours";
    /**
     * The database password for {@code pg_dump}. {@code provision.sh} keeps it as the Payara password alias of this
     * name, which Payara's password config source serves; unset: libpq's own sources (trust, {@code ~/.pgpass}).
     */
    public static final String DATABASE_PASSWORD = "crm.db.password";

    /** TLS to PostgreSQL for {@code pg_dump}, as libpq's sslmode; {@code provision.sh} sets it with the pool's. */
    public static final String DATABASE_SSL_MODE = "crm.db.sslmode";

    private BackupSettings() {
    }
}
