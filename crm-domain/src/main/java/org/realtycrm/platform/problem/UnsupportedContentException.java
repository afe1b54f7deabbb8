package org.realtycrm.platform.problem;

/** Content of a kind the operation does not read, such as a binary file where CSV text is expected (415). */
public class UnsupportedContentException extends CrmException {

    public UnsupportedContentException(String message) {
        super(message);
    }
}
