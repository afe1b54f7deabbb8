package org.realtycrm.platform.sealing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals single values (a lead's email, a note) with AES-256-GCM and makes blind indexes of exact values.
 *
 * <p>A sealed value is text, {@code v<version>:<base64 of nonce ‖ ciphertext ‖ tag>}: the version names the key
 * that sealed it, so values sealed under an older key still open, and the re-sealing after a rotation can tell in
 * SQL which rows still carry an old version. Each value gets a fresh random 96-bit nonce; any change to a sealed
 * value makes {@link #open} fail instead of answering something else.
 *
 * <p>A blind index is HMAC-SHA256 of the exact value under the index key, prefixed with what the value is (an email
 * and a phone number never share an index): equal values have equal indexes, so the unique indexes and the exact
 * lookups that deduplication and search need work on the index, while the value itself stays sealed.
 */
public final class FieldCipher {

    public static final String EMAIL = "email";
    public static final String PHONE = "phone";

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Bound to every sealed value: a value from another system, or made up, does not open. */
    private static final byte[] ASSOCIATED = "realty-crm field".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern SEALED = Pattern.compile("v(\\d{1,9}):([A-Za-z0-9+/]+={0,2})");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A cipher object per thread, made once: looking one up costs more than sealing a short value with it. */
    private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        }
    });

    private final NavigableMap<Integer, SecretKey> keys = new TreeMap<>();
    private final SecretKey indexKey;
    /** The index key's HMAC per thread, initialised once (a Mac is not thread-safe). */
    private final ThreadLocal<Mac> hmac = ThreadLocal.withInitial(this::newHmac);
    private final int activeVersion;

    public FieldCipher(KeyRing ring) {
        for (Map.Entry<Integer, byte[]> entry : ring.dataKeys().entrySet()) {
            keys.put(entry.getKey(), new SecretKeySpec(fieldKey(entry.getValue()), "AES"));
        }
        this.indexKey = new SecretKeySpec(ring.indexKey(), "HmacSHA256");
        this.activeVersion = ring.activeVersion();
    }

    public int activeVersion() {
        return activeVersion;
    }

    /**
     * The AES key of a data key version for fields: derived (HMAC-SHA256 of a fixed label), so that the key file's
     * bytes are never used directly by two constructions (backups and documents feed them to Tink's HKDF).
     */
    private static byte[] fieldKey(byte[] dataKey) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(dataKey, "HmacSHA256"));
            return derive.doFinal("realty-crm field sealing v1".getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available: " + e.getMessage(), e);
        }
    }

    /** The key versions this cipher opens, lowest first. */
    public java.util.SortedSet<Integer> versions() {
        return java.util.Collections.unmodifiableSortedSet(keys.navigableKeySet());
    }

    /** The value sealed with the active key; {@code null} stays {@code null}. */
    public String seal(String value) {
        return sealWith(activeVersion, value);
    }

    /** The value sealed with key {@code version} (the start-up's key check seals with each). */
    public String sealWith(int version, String value) {
        if (value == null) {
            return null;
        }
        SecretKey key = keys.get(version);
        if (key == null) {
            throw new IllegalArgumentException("no key version " + version);
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ASSOCIATED);
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return prefix(version) + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    /**
     * The value a {@link #seal} made; {@code null} stays {@code null}.
     *
     * @throws SealingException when the text is not a sealed value, names a key version the key file does not hold,
     *                          or was changed
     */
    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        Matcher matcher = SEALED.matcher(sealed);
        if (!matcher.matches()) {
            throw new SealingException("a stored value is not sealed (v<version>:<base64>)");
        }
        int version = Integer.parseInt(matcher.group(1));
        SecretKey key = keys.get(version);
        if (key == null) {
            throw new SealingException("a stored value was sealed with key version " + version
                    + ", which the data key file does not hold (it holds " + keys.keySet() + ")");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(matcher.group(2));
        } catch (IllegalArgumentException e) {
            throw new SealingException("a stored sealed value is not valid base64");
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SealingException("a stored sealed value is cut short");
        }
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(ASSOCIATED);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SealingException("a stored sealed value does not open with key version " + version
                    + ": it was changed, or the key is not the one that sealed it");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    /** Whether the text is sealed with the active key (what re-sealing after a rotation leaves alone). */
    public boolean isCurrent(String sealed) {
        return sealed == null || sealed.startsWith(prefix(activeVersion));
    }

    /** What a value sealed with key {@code version} starts with, for SQL that looks for old versions. */
    public static String prefix(int version) {
        return "v" + version + ":";
    }

    /** The blind index of an exact value: 43 characters of base64url; {@code null} stays {@code null}. */
    public String blindIndex(String purpose, String value) {
        if (value == null) {
            return null;
        }
        Mac mac = hmac.get();
        mac.update(purpose.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newHmac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available: " + e.getMessage(), e);
        }
    }
}
