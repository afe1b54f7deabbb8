package org.realtycrm.notification.boundary;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.realtycrm.notification.control.NotificationsRelayed;
import org.realtycrm.notification.control.PeerBells;
import org.realtycrm.platform.cluster.NodeName;

/**
 * Listens for the other nodes' bell messages ({@link PeerBells}) on one connection of the pool, kept for as long as
 * the application runs, and fires {@link NotificationsRelayed} for the screens to push. A lost connection (the
 * database restarted) is opened again after a pause; what was sent meanwhile reaches the browsers at their next
 * page or bell refresh, as the bell is read from the database.
 */
@Startup
@Singleton
public class PeerBellListener {

    private static final Logger LOG = Logger.getLogger(PeerBellListener.class.getName());
    /** How long one wait for messages lasts: also how soon the thread notices that the application stops. */
    private static final int WAIT_MILLIS = 1_000;
    private static final long RECONNECT_MILLIS = 5_000;
    /** A connection cut without a word (a network fault) waits silently: a query every 30 s finds it out. */
    private static final long PING_MILLIS = 30_000;
    private static final int PING_TIMEOUT_SECONDS = 10;

    @Resource(lookup = "jdbc/crm")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Event<NotificationsRelayed> relayed;

    private volatile boolean running;
    private Thread listener;

    @PostConstruct
    void start() {
        running = true;
        listener = threads.newThread(this::listen);
        listener.setName("crm-peer-bells");
        listener.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        try {
            listener.join(3 * WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void listen() {
        String thisNode = NodeName.get();
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + PeerBells.CHANNEL);
                    LOG.fine(() -> "Listening for the other nodes' bells as " + thisNode);
                    hear(connection.unwrap(PGConnection.class), statement, thisNode);
                } finally {
                    unlisten(connection); // the connection goes back to the pool: it must not go on collecting
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "Not hearing the other nodes' bells; trying again in "
                            + RECONNECT_MILLIS / 1000 + " s", e);
                    pause();
                }
            }
        }
    }

    /** Until the application stops; a connection that died unnoticed (no answer to the ping) ends it with an error. */
    private void hear(PGConnection postgres, Statement statement, String thisNode) throws SQLException {
        long pingAt = System.currentTimeMillis() + PING_MILLIS;
        while (running) {
            PGNotification[] messages = postgres.getNotifications(WAIT_MILLIS);
            if (messages != null) {
                for (PGNotification message : messages) {
                    relay(message.getParameter(), thisNode);
                }
            }
            if (System.currentTimeMillis() >= pingAt) {
                statement.setQueryTimeout(PING_TIMEOUT_SECONDS);
                statement.execute("select 1");
                pingAt = System.currentTimeMillis() + PING_MILLIS;
            }
        }
    }

    /** One message: a failing push is logged and the next message is heard all the same. */
    private void relay(String payload, String thisNode) {
        try {
            PeerBells.usersFromPeer(payload, thisNode).ifPresent(users -> relayed.fire(new NotificationsRelayed(users)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A bell from another node could not be pushed here", e);
        }
    }

    private static void unlisten(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("UNLISTEN *");
        } catch (SQLException e) {
            LOG.log(Level.FINE, "UNLISTEN failed: the connection is gone anyway", e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
