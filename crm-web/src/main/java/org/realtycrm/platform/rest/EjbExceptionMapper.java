package org.realtycrm.platform.rest;

import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.realtycrm.platform.problem.CrmException;

/**
 * Failures that come out of the EJB container. A role check refused by {@code @RolesAllowed} is a 401 for an
 * anonymous caller and a 403 otherwise; a unique index or version check lost to a concurrent request is a 409;
 * anything else is a bug (500, logged, no details to the caller).
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());
    private static final String UNIQUE_VIOLATION = "23505";

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(EJBException e) {
        if (e instanceof EJBAccessException) {
            return security.getUserPrincipal() == null
                    ? Problems.unauthenticated("sign in first: POST /api/v1/auth/token")
                    : Problems.forbidden("your role does not allow this");
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CrmException crm) {
                return CrmExceptionMapper.problemFor(crm);
            }
            if (cause instanceof OptimisticLockException
                    || cause.getClass().getName().equals("org.hibernate.StaleObjectStateException")) {
                return Problems.of(409, "stale-version", "Changed by someone else",
                        "the record was changed by someone else at the same time: reload it and apply your change again");
            }
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Problems.of(409, "conflict", "Conflict",
                        "a record with the same email or phone was saved at the same time");
            }
        }
        LOG.log(Level.SEVERE, "unexpected failure", e);
        return Problems.of(500, "internal-error", "Internal error", "an unexpected error occurred; it has been logged");
    }
}
