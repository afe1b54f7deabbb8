package org.realtycrm.platform.entity;

import java.util.Objects;

/**
 * What a finished backup put in the store: its key and size, the SHA-256 of the encrypted archive (to check a copy
 * before restoring it), the version of the key that encrypted it, and what it holds.
 */
public record StoredBackup(String objectKey, long sizeBytes, String sha256, int keyVersion, int tables, long tableRows,
                           int documents) {

    public StoredBackup {
        Objects.requireNonNull(objectKey, "objectKey");
        Objects.requireNonNull(sha256, "sha256");
        if (sizeBytes < 0 || tables < 0 || tableRows < 0 || documents < 0 || keyVersion < 1) {
            throw new IllegalArgumentException("a stored backup's figures are not negative and its key version is 1+");
        }
    }
}
