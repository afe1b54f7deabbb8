package org.realtycrm.pipeline.control;

/**
 * A list source could not be read or tidied up. The message is written for the admin who configured the source
 * ("host key of sftp.example.com:22 does not match the known hosts entry", "authentication refused for user bob",
 * "folder /drop not found", "HTTP 404 from https://…"): it names the host, user, folder or URL but never a password,
 * key or API key. crm-batch's ejb-jar.xml declares it an application exception, so that it reaches the caller of a
 * bean there as it is.
 */
public class FileDropException extends RuntimeException {

    public FileDropException(String message) {
        super(message);
    }

    public FileDropException(String message, Throwable cause) {
        super(message, cause);
    }
}
