package org.realtycrm.platform.problem;

/**
 * Base of every business failure the product reports to its callers. Each subtype stands for one
 * kind of answer (not found, conflict, rule violated, invalid input, access denied); the web layer
 * maps the kind to an RFC 9457 problem in one place. Declared an EJB application exception in
 * {@code crm-ejb}'s {@code ejb-jar.xml} so that it reaches the caller unwrapped and rolls back.
 */
public abstract class CrmException extends RuntimeException {

    protected CrmException(String message) {
        super(message, null, false, false);
    }
}
