package org.realtycrm.platform.problem;

/** The caller could not be identified: no or bad credentials, or an account that is no longer active. */
public class UnauthenticatedException extends CrmException {

    public UnauthenticatedException(String message) {
        super(message);
    }
}
