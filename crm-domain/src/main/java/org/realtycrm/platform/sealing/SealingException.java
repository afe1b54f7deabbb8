package org.realtycrm.platform.sealing;

/** A sealed value that does not open: changed in storage, or sealed with a key the key file no longer holds. */
public class SealingException extends RuntimeException {

    public SealingException(String message) {
        super(message);
    }
}
