package org.realtycrm.platform.storage;

/**
 * The store could not do what was asked: the disk or the S3 server failed, refused the credentials, or the content
 * did not have the announced length. Never thrown for a missing key (that is an empty answer).
 */
public class DocumentStoreException extends RuntimeException {

    public DocumentStoreException(String message) {
        super(message);
    }

    public DocumentStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
