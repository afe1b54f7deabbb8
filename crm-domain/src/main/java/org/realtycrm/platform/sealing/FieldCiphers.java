package org.realtycrm.platform.sealing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The application's one {@link FieldCipher}, for the JPA converters (which the persistence provider creates, so
 * nothing can be injected into them) and for the set-based writers. The server installs the key file at start-up
 * ({@code FlywayMigrator}, before anything touches a sealed column).
 *
 * <p>The key file is read again when it changes (looked at no more than every few seconds): an operator rotates a
 * key by adding a line to the file on every node, and each node starts sealing with the new version on its own,
 * without a restart. The background re-sealing then moves the stored values over.
 */
public final class FieldCiphers {

    private static final Logger LOG = Logger.getLogger(FieldCiphers.class.getName());
    private static final Duration LOOK_EVERY = Duration.ofSeconds(3);

    private static volatile Source source;

    private FieldCiphers() {
    }

    /** Seals with the keys of {@code keyFile} from now on. */
    public static void useKeyFile(Path keyFile) {
        source = new Source(keyFile, Clock.systemUTC());
    }

    /** Seals with these keys, never read again (tools and tests). */
    public static void use(FieldCipher cipher) {
        source = new Source(cipher);
    }

    /** The cipher of the current keys; fails when none were installed (a server start that skipped the migrator). */
    public static FieldCipher current() {
        Source installed = source;
        if (installed == null) {
            throw new IllegalStateException("no data key file is installed for sealing fields");
        }
        return installed.cipher();
    }

    private static final class Source {
        private final Path file;
        private final Clock clock;
        private volatile FieldCipher cipher;
        private volatile FileTime readModified;
        private volatile Instant lookedAt;

        Source(Path file, Clock clock) {
            this.file = file;
            this.clock = clock;
            this.readModified = modified(file);
            this.cipher = new FieldCipher(KeyRing.read(file));
            this.lookedAt = clock.instant();
        }

        Source(FieldCipher fixed) {
            this.file = null;
            this.clock = null;
            this.cipher = fixed;
        }

        FieldCipher cipher() {
            if (file != null && clock.instant().isAfter(lookedAt.plus(LOOK_EVERY))) {
                reloadIfChanged();
            }
            return cipher;
        }

        private synchronized void reloadIfChanged() {
            if (!clock.instant().isAfter(lookedAt.plus(LOOK_EVERY))) {
                return; // another thread looked meanwhile
            }
            lookedAt = clock.instant();
            try {
                FileTime now = modified(file);
                if (!now.equals(readModified)) {
                    FieldCipher reloaded = new FieldCipher(KeyRing.read(file));
                    readModified = now;
                    if (reloaded.activeVersion() != cipher.activeVersion()) {
                        LOG.info(() -> "data key file changed: sealing with key version " + reloaded.activeVersion()
                                + " from now on");
                    }
                    cipher = reloaded;
                }
            } catch (RuntimeException e) {
                // a file being edited, or edited wrongly, must not stop the server: it keeps the keys it has
                LOG.warning(() -> "the data key file " + file + " could not be read again; keeping the keys read "
                        + "before: " + e.getMessage());
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
}
