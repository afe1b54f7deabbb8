package org.realtycrm.platform.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.ws.rs.core.EntityPart;

import org.realtycrm.platform.problem.InvalidInputException;

/** A multipart upload's file part, as every upload endpoint reads it: required, streamed, closed after use. */
public final class Uploads {

    /** What an endpoint does with the uploaded content. */
    @FunctionalInterface
    public interface ContentReader<T> {
        T read(InputStream content) throws IOException;
    }

    private Uploads() {
    }

    /**
     * @param what the file as the error names it ("the CSV file", "the list")
     * @throws InvalidInputException (field {@code file}) when the request has no part {@code file}
     */
    public static <T> T read(EntityPart file, String what, ContentReader<T> reader) {
        if (file == null) {
            throw new InvalidInputException("file", "is required: send " + what + " in the multipart part 'file'");
        }
        try (InputStream content = file.getContent()) {
            return reader.read(content);
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        }
    }
}
