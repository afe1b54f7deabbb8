package org.realtycrm.platform.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingKey;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import com.google.crypto.tink.util.SecretBytes;

/**
 * The application's data keys: AES-256 keys, each with a version, read from a key file that lives with the other
 * secrets (never in the repository). The highest version encrypts; every version decrypts, so a key is rotated by
 * adding a line with a higher version, and an old line goes only when nothing encrypted with it is kept.
 *
 * <pre>
 * # version:base64 of 32 random bytes (openssl rand -base64 32)
 * 1:q0rH…=
 * 2:Zt9c…=
 * </pre>
 *
 * Streams (backups) are encrypted with Tink's streaming AEAD (AES-256-GCM in 1 MiB segments, a key derived per stream
 * with HKDF-SHA256): a stream can be written and read without holding it in memory, and any change, reordering or
 * truncation of it fails decryption. Plain Java, no container: {@code RestoreTool} uses it outside the server too.
 */
public final class DataKeys {

    static final int KEY_BYTES = 32;
    private static final int SEGMENT_BYTES = 1 << 20;
    private static final Pattern LINE = Pattern.compile("(\\d{1,9})\\s*:\\s*([A-Za-z0-9+/=]+)");

    static {
        try {
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final NavigableMap<Integer, byte[]> keys;

    private DataKeys(NavigableMap<Integer, byte[]> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("the key file holds no key (lines of version:base64 of 32 bytes)");
        }
        this.keys = keys;
    }

    /** Reads a key file; the message of a failure names the file and the line, never a key. */
    public static DataKeys read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data key file " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(lines);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("data key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the lines of a key file (for a file, {@link #read}). */
    public static DataKeys parse(List<String> lines) {
        NavigableMap<Integer, byte[]> keys = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not version:base64-key");
            }
            int version = Integer.parseInt(matcher.group(1));
            byte[] key;
            try {
                key = Base64.getDecoder().decode(matcher.group(2));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": the key is not valid base64");
            }
            if (version < 1 || key.length != KEY_BYTES) {
                throw new IllegalArgumentException("line " + (i + 1) + ": a version of 1 or more and a key of "
                        + KEY_BYTES + " bytes are needed (this one has " + key.length + ")");
            }
            if (keys.put(version, key) != null) {
                throw new IllegalArgumentException("line " + (i + 1) + ": version " + version + " appears twice");
            }
        }
        return new DataKeys(keys);
    }

    /** The version that encrypts: the highest in the file. */
    public int activeVersion() {
        return keys.lastKey();
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
        for (Map.Entry<Integer, byte[]> entry : (activeOnly ? keys.tailMap(keys.lastKey(), true) : keys).entrySet()) {
            AesGcmHkdfStreamingKey key = AesGcmHkdfStreamingKey.create(parameters,
                    SecretBytes.copyFrom(entry.getValue(), InsecureSecretKeyAccess.get()));
            KeysetHandle.Builder.Entry added = KeysetHandle.importKey(key).withFixedId(entry.getKey());
            if (entry.getKey().equals(keys.lastKey())) {
                added.makePrimary();
            }
            keyset.addEntry(added);
        }
        return keyset.build().getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
    }
}
