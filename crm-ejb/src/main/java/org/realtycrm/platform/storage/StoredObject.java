package org.realtycrm.platform.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link DocumentStore} holds under a key.
 *
 * @param key          the object's key ({@link DocumentKeys})
 * @param size         its length in bytes
 * @param contentType  the media type it was stored with, e.g. {@code image/jpeg}
 * @param etag         a tag that changes whenever the content does: the hex SHA-256 of the content in the filesystem
 *                     store, the server's ETag (without quotes) in S3 (the MD5 of a single-part upload on AWS)
 * @param lastModified when the object was last written
 */
public record StoredObject(String key, long size, String contentType, String etag, Instant lastModified) {

    public StoredObject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }
}
