package org.realtycrm.lead.ui;

import java.sql.SQLException;

import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;

import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.StaleVersionException;
import org.realtycrm.platform.ui.Messages;

/**
 * Turns what a boundary refused into messages on the screen, in the words the API's problem details use. Anything
 * else is a fault and goes on to the error page.
 */
final class ScreenErrors {

    static final String STALE = "Someone else changed this lead: reload it to see their change, then apply yours again.";
    private static final String UNIQUE_VIOLATION = "23505";

    private ScreenErrors() {
    }

    static void report(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                invalid.errors().forEach(ScreenErrors::field);
                return;
            }
            if (isStaleCause(cause)) {
                Messages.error(STALE);
                return;
            }
            if (cause instanceof CrmException refused) {
                Messages.error(refused.getMessage());
                return;
            }
            if (cause instanceof EJBAccessException) {
                Messages.error("Your role does not allow this.");
                return;
            }
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                Messages.error("A lead with the same email or phone was saved at the same time.");
                return;
            }
        }
        throw failure;
    }

    /** Whether someone else changed the record since the user read it (checked by the boundary or at commit). */
    static boolean isStale(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isStaleCause(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStaleCause(Throwable cause) {
        return cause instanceof StaleVersionException || cause instanceof OptimisticLockException
                || cause.getClass().getName().equals("org.hibernate.StaleObjectStateException");
    }

    private static void field(FieldError error) {
        Messages.error(error.field() + ": " + error.message());
    }
}
