package org.realtycrm.platform.sealing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * The keys of a data key file as it is now: read at construction, and read again when the file's modification time
 * or size changes, looked at no more than every {@link #LOOK_EVERY} (a rotation reaches every user of the keys within
 * seconds, and a busy server does not stat the file on every call). An operator rotates by adding a line to the file
 * on every node; nothing restarts.
 *
 * <p>A file that cannot be read again (being edited, or edited wrongly) does not stop anything: the keys read before
 * stay in use and the failure is logged. Only the first read, at construction, fails.
 */
public final class KeyFileWatch {

    private static final Logger LOG = Logger.getLogger(KeyFileWatch.class.getName());
    public static final Duration LOOK_EVERY = Duration.ofSeconds(3);

    private final Path file;
    private final Clock clock;
    private volatile KeyRing keys;
    private volatile FileTime readModified;
    private volatile long readSize;
    private volatile Instant lookedAt;

    public KeyFileWatch(Path file) {
        this(file, Clock.systemUTC());
    }

    /** @param clock when to look again (tests move it instead of waiting) */
    public KeyFileWatch(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file, "file");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.readModified = modified(file);
        this.readSize = size(file);
        this.keys = KeyRing.read(file);
        this.lookedAt = clock.instant();
    }

    public Path file() {
        return file;
    }

    /** The keys of the file as last read; the same instance until the file changes. */
    public KeyRing current() {
        if (clock.instant().isAfter(lookedAt.plus(LOOK_EVERY))) {
            reloadIfChanged();
        }
        return keys;
    }

    private synchronized void reloadIfChanged() {
        if (!clock.instant().isAfter(lookedAt.plus(LOOK_EVERY))) {
            return; // another thread looked meanwhile
        }
        lookedAt = clock.instant();
        try {
            FileTime now = modified(file);
            long size = size(file);
            if (!now.equals(readModified) || size != readSize) {
                KeyRing reloaded = KeyRing.read(file);
                readModified = now;
                readSize = size;
                if (keys.hasIndexKey() && !keys.sameIndexKey(reloaded)) {
                    // a new index key would make new blind indexes that match none stored: refused until a restart,
                    // where the database's check (platform.migration.KeyCheck) says whether it is the right one
                    LOG.severe(() -> "the data key file " + file + " now has another index: key; keeping the keys "
                            + "read before. Put the index: line back as it was");
                    return;
                }
                if (reloaded.activeVersion() != keys.activeVersion()) {
                    LOG.info(() -> "data key file " + file + " changed: encrypting with key version "
                            + reloaded.activeVersion() + " from now on");
                }
                keys = reloaded;
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "the data key file " + file + " could not be read again; keeping the keys read "
                    + "before: " + e.getMessage());
        }
    }

    // with the time, so that a second change within the file system's timestamp granularity is seen too
    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data key file " + file + ": " + e.getMessage(), e);
        }
    }
}
