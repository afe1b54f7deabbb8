package org.realtycrm.pipeline.control;

import java.time.Instant;
import java.util.Objects;

/**
 * A file waiting in a {@link FileDrop}. The marker tells this version of the file from any other under the same name:
 * the caller stores it with the list it imported, so that a partial download is only resumed onto the same version
 * and an HTTPS publication already imported is not offered again.
 *
 * @param name the file's name, without folders
 * @param size its size in bytes, -1 when the source does not say
 * @param modifiedAt when it was last written, null when the source does not say
 * @param marker what identifies this version: name, size and modification time on SFTP; the ETag, else the
 *        Last-Modified date, on HTTPS
 */
public record DroppedFile(String name, long size, Instant modifiedAt, String marker) {

    public static final long UNKNOWN_SIZE = -1;

    public DroppedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(marker, "marker");
        if (name.isBlank() || name.contains("/")) {
            throw new IllegalArgumentException("a dropped file's name is a plain file name: " + name);
        }
        if (size < UNKNOWN_SIZE) {
            throw new IllegalArgumentException("size " + size + " of " + name);
        }
    }

    public boolean sizeKnown() {
        return size != UNKNOWN_SIZE;
    }
}
