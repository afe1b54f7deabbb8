package org.realtycrm.platform.crypto;

/** The configuration keys of the application's encryption (defaults in microprofile-config.properties). */
public final class EncryptionSettings {

    /**
     * The data key file ({@link DataKeys}): {@code ./crm} and the tests' server generate one in their secrets
     * directory; a production server points this at its own, readable only by the server's user.
     */
    public static final String KEY_FILE = "crm.encryption.key-file";

    /** How often each server looks whether a key rotation left sealed values to move ({@link Resealer}). */
    public static final String RESEAL_CHECK_SECONDS = "crm.encryption.reseal-check-seconds";

    private EncryptionSettings() {
    }
}
