package org.realtycrm.platform.site;

/** The website could not read what a page needs (the database is down, a query timed out): the page says so. */
public class SiteDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SiteDataException(String what, Throwable cause) {
        super("could not read " + what + ": " + cause.getMessage(), cause);
    }
}
