package org.realtycrm.platform.problem;

/** An emailed link that was used already, has expired or never existed: the same answer for each (410). */
public class LinkExpiredException extends CrmException {

    public LinkExpiredException(String message) {
        super(message);
    }
}
