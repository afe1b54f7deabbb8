package org.realtycrm.mls.control;

import java.util.Arrays;
import java.util.Objects;

/**
 * The bytes of one media object that the feed sent itself rather than as a URL (RETS GetObject with
 * {@code Location=0}). Held in memory: one listing's photos at a time.
 */
public record MediaContent(String contentType, byte[] bytes) {

    public MediaContent {
        Objects.requireNonNull(contentType);
        bytes = bytes.clone();
    }

    /** A copy: the record stays immutable. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MediaContent that && contentType.equals(that.contentType) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * contentType.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "MediaContent[" + contentType + ", " + bytes.length + " bytes]";
    }
}
