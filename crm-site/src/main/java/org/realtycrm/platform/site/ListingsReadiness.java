package org.realtycrm.platform.site;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * A node is ready when it can read the listings as its role may ({@code /health/ready}): the database answers, the
 * password is right, the views exist and are granted. A load balancer takes a node that is not out of its pool. Why
 * it is not goes to the log, not into the answer, which anyone who reaches the node can read.
 */
@Readiness
@ApplicationScoped
public class ListingsReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ListingsReadiness.class.getName());

    @Resource(lookup = SiteDatabase.JNDI_NAME)
    DataSource database;

    @Override
    public HealthCheckResponse call() {
        try (Connection db = database.getConnection();
                PreparedStatement select = db.prepareStatement("select count(*) from (select 1 from site_listings "
                        + "limit 1) one");
                ResultSet row = select.executeQuery()) {
            row.next();
            return HealthCheckResponse.up("listings");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "the listings cannot be read: not ready", e);
            return HealthCheckResponse.down("listings");
        }
    }
}
