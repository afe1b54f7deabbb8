package org.realtycrm.portal.site;

/**
 * The core could not be reached, is not configured for the site, or answered what this site does not understand:
 * nothing was done, and the visitor is asked to try again shortly (503). Why is in the log.
 */
public class CoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CoreUnavailableException(String what) {
        super(what);
    }

    public CoreUnavailableException(String what, Throwable cause) {
        super(what, cause);
    }
}
