package org.realtycrm.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/** An object read from a {@link DocumentStore}: its description and its bytes as a stream, which the caller closes. */
public final class DocumentContent implements AutoCloseable {

    private final StoredObject object;
    private final InputStream stream;

    public DocumentContent(StoredObject object, InputStream stream) {
        this.object = Objects.requireNonNull(object, "object");
        this.stream = Objects.requireNonNull(stream, "stream");
    }

    public StoredObject object() {
        return object;
    }

    public String contentType() {
        return object.contentType();
    }

    public long length() {
        return object.size();
    }

    /** The bytes, read once; closing this {@code DocumentContent} closes it. */
    public InputStream stream() {
        return stream;
    }

    /** Reads the whole object into memory: for small objects (thumbnails, a photo on its way to a thumbnail). */
    public byte[] readAllBytes() {
        try {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + object.key(), e);
        }
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + object.key(), e);
        }
    }
}
