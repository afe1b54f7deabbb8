package org.realtycrm.portal.site;

/**
 * The core no longer takes the client's token (401: expired, signed out elsewhere, the account deactivated; 403: not
 * a client's token): their session is over, and they are asked to sign in again.
 */
public class SessionEndedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SessionEndedException(String what) {
        super(what);
    }
}
