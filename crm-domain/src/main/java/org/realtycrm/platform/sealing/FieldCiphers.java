package org.realtycrm.platform.sealing;

import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The application's one {@link FieldCipher}, for the JPA converters (which the persistence provider creates, so
 * nothing can be injected into them) and for the set-based writers. The server installs the key file at start-up
 * ({@code FlywayMigrator}, before anything touches a sealed column).
 *
 * <p>The key file is read again when it changes ({@link KeyFileWatch}; the filesystem document store watches it too):
 * an operator rotates a key by adding a line to the file on every node, and each node starts sealing with the new
 * version on its own, without a restart. The background re-sealing then moves the stored values over.
 */
public final class FieldCiphers {

    private static final Logger LOG = Logger.getLogger(FieldCiphers.class.getName());

    private static volatile Source source;

    private FieldCiphers() {
    }

    /** Seals with the keys of {@code keyFile} from now on. */
    public static void useKeyFile(Path keyFile) {
        use(new KeyFileWatch(keyFile));
    }

    /** Seals with the keys the watch gives, as they change (tests give it a clock they move). */
    static void use(KeyFileWatch watch) {
        source = new Source(watch);
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

    /** Either a watched key file, whose cipher is made again when the file's keys change, or fixed keys. */
    private static final class Source {
        private final KeyFileWatch watch;
        private volatile Made made;

        Source(KeyFileWatch watch) {
            this.watch = watch;
            KeyRing keys = watch.current();
            this.made = new Made(keys, new FieldCipher(keys));
        }

        Source(FieldCipher fixed) {
            this.watch = null;
            this.made = new Made(null, fixed);
        }

        FieldCipher cipher() {
            Made last = made;
            if (watch == null) {
                return last.cipher();
            }
            KeyRing keys = watch.current();
            if (keys == last.keys()) {
                return last.cipher();
            }
            FieldCipher cipher;
            try {
                cipher = new FieldCipher(keys);
            } catch (RuntimeException e) {
                // e.g. the index line was dropped: sealing goes on with the keys it had, as for a file that cannot
                // be read (remembered, so this is logged once per change of the file, not on every value)
                cipher = last.cipher();
                LOG.warning(() -> "the changed data key file " + watch.file() + " cannot seal fields; keeping the "
                        + "keys read before: " + e.getMessage());
            }
            made = new Made(keys, cipher);
            return cipher;
        }

        /** The keys a cipher was made of; one field, so that a reader never pairs one's keys with another's cipher. */
        private record Made(KeyRing keys, FieldCipher cipher) {
        }
    }
}
