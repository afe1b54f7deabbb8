package org.realtycrm.platform.sealing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys of the data key file, which lives with the other secrets (never in the repository):
 *
 * <pre>
 * # version:base64 of 32 random bytes (openssl rand -base64 32); the highest version encrypts, every version decrypts
 * 1:q0rH…=
 * 2:Zt9c…=
 * # the blind-index key: fixed for the life of the data, never rotated by adding versions
 * index:mP3x…=
 * # optional: the version that encrypts; without it, the highest
 * active:2
 * </pre>
 *
 * A key is rotated by adding a line with a higher version; with several servers, the new line goes into every
 * server's file first (with {@code active:} still naming the old version) and is made active after, so that no
 * server ever meets a value sealed with a key it does not hold. An old line may go once nothing sealed with it is
 * kept (fields are re-sealed in the background, backups age out). The index key turns exact values (an email, a
 * phone number) into lookups without storing the value; changing it would mean recomputing every index, so it has
 * no versions.
 */
public final class KeyRing {

    public static final int KEY_BYTES = 32;
    private static final Pattern LINE = Pattern.compile("(\\d{1,9}|index)\\s*:\\s*([A-Za-z0-9+/=]+)");
    private static final Pattern ACTIVE = Pattern.compile("active\\s*:\\s*(\\d{1,9})");

    private final NavigableMap<Integer, byte[]> dataKeys;
    private final byte[] indexKey;
    private final int activeVersion;

    private KeyRing(NavigableMap<Integer, byte[]> dataKeys, byte[] indexKey, Integer active) {
        if (dataKeys.isEmpty()) {
            throw new IllegalArgumentException("the key file holds no key (lines of version:base64 of 32 bytes)");
        }
        if (active != null && !dataKeys.containsKey(active)) {
            throw new IllegalArgumentException("active:" + active + " names a version the file does not hold "
                    + dataKeys.keySet());
        }
        this.dataKeys = Collections.unmodifiableNavigableMap(dataKeys);
        this.indexKey = indexKey;
        this.activeVersion = active == null ? dataKeys.lastKey() : active;
    }

    /** Reads a key file; the message of a failure names the file and the line, never a key. */
    public static KeyRing read(Path file) {
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
    public static KeyRing parse(List<String> lines) {
        NavigableMap<Integer, byte[]> keys = new TreeMap<>();
        byte[] index = null;
        Integer active = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher activeLine = ACTIVE.matcher(line);
            if (activeLine.matches()) {
                if (active != null) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": active: appears twice");
                }
                active = Integer.parseInt(activeLine.group(1));
                continue;
            }
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not version:base64-key");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(matcher.group(2));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": the key is not valid base64");
            }
            if (matcher.group(1).equals("index")) {
                if (key.length != KEY_BYTES || index != null) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": one index key of " + KEY_BYTES
                            + " bytes is allowed (this one has " + key.length + ")");
                }
                index = key;
                continue;
            }
            int version = Integer.parseInt(matcher.group(1));
            if (version < 1 || key.length != KEY_BYTES) {
                throw new IllegalArgumentException("line " + (i + 1) + ": a version of 1 or more and a key of "
                        + KEY_BYTES + " bytes are needed (this one has " + key.length + ")");
            }
            if (keys.put(version, key) != null) {
                throw new IllegalArgumentException("line " + (i + 1) + ": version " + version + " appears twice");
            }
        }
        return new KeyRing(keys, index, active);
    }

    /** Version → key, lowest first. */
    public NavigableMap<Integer, byte[]> dataKeys() {
        return dataKeys;
    }

    /** The version that encrypts: the {@code active:} line's, else the highest. */
    public int activeVersion() {
        return activeVersion;
    }

    public boolean hasIndexKey() {
        return indexKey != null;
    }

    /** Whether both rings make the same blind indexes. */
    public boolean sameIndexKey(KeyRing other) {
        return indexKey != null && other.indexKey != null && MessageDigest.isEqual(indexKey, other.indexKey);
    }

    /** The blind-index key; a key file without one cannot seal fields (only backups). */
    public byte[] indexKey() {
        if (indexKey == null) {
            throw new IllegalStateException("the data key file has no index key line (index:base64 of "
                    + KEY_BYTES + " random bytes); ./crm start adds one");
        }
        return indexKey.clone();
    }
}
