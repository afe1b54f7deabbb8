package org.realtycrm.platform.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingKey;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import com.google.crypto.tink.util.SecretBytes;

import org.realtycrm.platform.sealing.KeyRing;

/**
 * The application's data keys for streams: AES-256 keys, each with a version, read from the key file
 * ({@link KeyRing}, which also describes its format) that lives with the other secrets (never in the repository).
 * The highest version encrypts; every version decrypts, so a key is rotated by adding a line with a higher version,
 * and an old line goes only when nothing encrypted with it is kept.
 *
 * Streams (backups, the filesystem store's documents) are encrypted with Tink's streaming AEAD (AES-256-GCM in
 * 1 MiB segments, a key derived per stream with HKDF-SHA256): a stream can be written and read without holding it
 * in memory, and any change, reordering or truncation of it fails decryption. Plain Java, no container:
 * {@code RestoreTool} uses it outside the server too.
 */
public final class DataKeys {

    static final int KEY_BYTES = KeyRing.KEY_BYTES;
    private static final int SEGMENT_BYTES = 1 << 20;

    static {
        try {
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final NavigableMap<Integer, byte[]> keys;

    private final int active;

    private DataKeys(NavigableMap<Integer, byte[]> keys, int active) {
        this.keys = keys;
        this.active = active;
    }

    /** Reads a key file; the message of a failure names the file and the line, never a key. */
    public static DataKeys read(Path file) {
        return of(KeyRing.read(file));
    }

    /** Reads the lines of a key file (for a file, {@link #read}). */
    public static DataKeys parse(List<String> lines) {
        return of(KeyRing.parse(lines));
    }

    /** The data keys of a key file already read (a {@code KeyFileWatch}'s current keys). */
    public static DataKeys of(KeyRing ring) {
        return new DataKeys(ring.dataKeys(), ring.activeVersion());
    }

    /** The version that encrypts: the file's active one ({@link KeyRing#activeVersion}). */
    public int activeVersion() {
        return active;
    }

    /** The versions the file holds, lowest first (never the keys). */
    public java.util.SortedSet<Integer> versions() {
        return Collections.unmodifiableSortedSet(keys.navigableKeySet());
    }

    /**
     * A stream that encrypts what is written to it into {@code sink} with the active key; {@code associatedData}
     * (authenticated, not encrypted) must be given again to read it. Close it to write the final segment.
     */
    public OutputStream encrypting(OutputStream sink, byte[] associatedData) throws IOException {
        try {
            return streamingAead(true).newEncryptingStream(sink, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot start encrypting: " + e.getMessage(), e);
        }
    }

    /**
     * A stream that decrypts {@code source}, trying each key; a read fails with an {@link IOException} when no key
     * fits or the ciphertext was changed or cut short.
     */
    public InputStream decrypting(InputStream source, byte[] associatedData) throws IOException {
        try {
            return streamingAead(false).newDecryptingStream(source, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot start decrypting: " + e.getMessage(), e);
        }
    }

    private StreamingAead streamingAead(boolean activeOnly) throws GeneralSecurityException {
        AesGcmHkdfStreamingParameters parameters = AesGcmHkdfStreamingParameters.builder()
                .setKeySizeBytes(KEY_BYTES)
                .setDerivedAesGcmKeySizeBytes(KEY_BYTES)
                .setHkdfHashType(AesGcmHkdfStreamingParameters.HashType.SHA256)
                .setCiphertextSegmentSizeBytes(SEGMENT_BYTES)
                .build();
        KeysetHandle.Builder keyset = KeysetHandle.newBuilder();
        for (Map.Entry<Integer, byte[]> entry : (activeOnly ? keys.subMap(active, true, active, true) : keys).entrySet()) {
            AesGcmHkdfStreamingKey key = AesGcmHkdfStreamingKey.create(parameters,
                    SecretBytes.copyFrom(entry.getValue(), InsecureSecretKeyAccess.get()));
            KeysetHandle.Builder.Entry added = KeysetHandle.importKey(key).withFixedId(entry.getKey());
            if (entry.getKey() == active) {
                added.makePrimary();
            }
            keyset.addEntry(added);
        }
        return keyset.build().getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
    }
}
