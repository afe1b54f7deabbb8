package org.realtycrm.property.boundary;

import java.net.URI;
import java.util.Objects;

import org.realtycrm.platform.storage.DocumentContent;

/**
 * A stored listing photo on its way to a browser: either a short-lived address the store serves it from (S3), or its
 * bytes (the filesystem store), which the caller streams and closes. Exactly one of the two is set.
 */
public record Photo(URI temporaryUrl, DocumentContent content) {

    public Photo {
        if ((temporaryUrl == null) == (content == null)) {
            throw new IllegalArgumentException("a photo is either an address or content");
        }
    }

    static Photo at(URI temporaryUrl) {
        return new Photo(Objects.requireNonNull(temporaryUrl), null);
    }

    static Photo of(DocumentContent content) {
        return new Photo(null, Objects.requireNonNull(content));
    }

    public boolean isRedirect() {
        return temporaryUrl != null;
    }
}
