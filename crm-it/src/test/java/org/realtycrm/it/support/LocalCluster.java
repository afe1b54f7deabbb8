package org.realtycrm.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Two Payara domains (nodes "a" and "b") on one database behind nginx, as an operator starts them
 * ({@code server-config/nodes.sh}, which {@code ./crm cluster} runs), on ports of their own and a database of their
 * own ({@code crm_it_nodes}, dropped first), so the build's test domain is left alone. The nodes run the test
 * profile, the build's EAR and share one secrets directory ({@code target/secrets-nodes}).
 */
public final class LocalCluster implements AutoCloseable {

    private static final int PORT_BASE = Integer.getInteger("it.nodes.port-base", 22000);
    private static final int BALANCER_PORT = PORT_BASE + 90;
    private static final String DATABASE = "crm_it_nodes";

    private final Path target = Path.of(ItProperties.earPath()).toAbsolutePath().getParent();
    private final Path log = target.resolve("cluster.log");

    private LocalCluster() {
    }

    /** Drops the nodes' database and secrets, then starts both nodes and nginx, and waits until they answer. */
    public static LocalCluster start() {
        LocalCluster cluster = new LocalCluster();
        cluster.dropDatabase();
        cluster.deleteSecrets();
        cluster.run("start");
        return cluster;
    }

    /** nginx in front of both nodes: the address an operator gives the users. */
    public String balancerUrl() {
        return "http://127.0.0.1:" + BALANCER_PORT; // one address for the browser and the test: nginx hashes it
    }

    /** A node's own HTTP listener ("a" or "b"). */
    public String nodeUrl(String node) {
        return "http://127.0.0.1:" + httpPort(node);
    }

    /** Which node answered a request through nginx (its {@code X-Crm-Upstream} header), "a" or "b". */
    public String nodeOf(Response answer) {
        String upstream = answer.header("X-Crm-Upstream");
        if (upstream == null) {
            throw new AssertionError("nginx named no upstream: " + answer.describe());
        }
        // after a failed try nginx lists every node it tried ("127.0.0.1:22080, 127.0.0.1:22180"): the last answered
        String last = upstream.substring(upstream.lastIndexOf(',') + 1).trim();
        for (String node : List.of("a", "b")) {
            if (last.endsWith(":" + httpPort(node))) {
                return node;
            }
        }
        throw new AssertionError("not a node of this cluster: " + upstream);
    }

    public static String other(String node) {
        return "a".equals(node) ? "b" : "a";
    }

    /** {@code asadmin stop-domain}: the node shuts down in order. */
    public void stopNode(String node) {
        run("stop-node", node);
    }

    /** {@code kill -9} of the node's JVM: no shutdown at all. */
    public void killNode(String node) {
        run("kill-node", node);
    }

    /** Starts a stopped or killed node and waits until it answers. */
    public void startNode(String node) {
        run("start-node", node);
    }

    /** The nodes' database, as the nodes' own account. */
    public Connection database() throws SQLException {
        return DriverManager.getConnection(databaseUrl(DATABASE), DATABASE, DATABASE);
    }

    @Override
    public void close() {
        run("stop");
    }

    private static int httpPort(String node) {
        return PORT_BASE + ("a".equals(node) ? 0 : 100) + 80;
    }

    private static String databaseUrl(String database) {
        String url = ItProperties.dbUrl();
        return url.substring(0, url.lastIndexOf('/') + 1) + database;
    }

    private void dropDatabase() {
        try (Connection postgres = DriverManager.getConnection(databaseUrl("postgres"), "postgres", "");
             Statement statement = postgres.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop " + DATABASE + " as postgres", e);
        }
    }

    private void deleteSecrets() {
        Path secrets = target.resolve("secrets-nodes");
        if (!Files.exists(secrets)) {
            return;
        }
        try (Stream<Path> files = Files.walk(secrets)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash",
                Path.of(System.getProperty("it.server-config")).resolve("nodes.sh").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = process.environment();
        env.put("PAYARA_HOME", ItProperties.payaraHome().toString());
        env.put("CRM_ASADMIN_PASSWORD", ItProperties.adminConsolePassword());
        env.put("CRM_DB_URL", databaseUrl(DATABASE));
        env.put("CRM_DB_USER", DATABASE);
        env.put("CRM_DB_PASSWORD", DATABASE);
        env.put("CRM_JDBC_DRIVER", target.resolve("server-lib").resolve("postgresql.jar").toString());
        env.put("CRM_SECRETS_DIR", target.resolve("secrets-nodes").toString());
        env.put("CRM_EAR", ItProperties.earPath());
        env.put("CRM_CLUSTER_NAME", "crm-it-node");
        env.put("CRM_CLUSTER_PORT_BASE", String.valueOf(PORT_BASE));
        env.put("CRM_CLUSTER_HTTP_PORT", String.valueOf(BALANCER_PORT));
        env.put("CRM_CLUSTER_DIR", target.resolve("cluster").toString());
        env.put("CRM_CONFIG_PROFILE", "it");
        env.put("CRM_HEAP", "640m");
        env.put("CRM_ADMIN_EMAIL", ItProperties.adminEmail());
        env.put("CRM_ADMIN_PASSWORD", ItProperties.adminPassword());
        try {
            Process running = process.start();
            if (!running.waitFor(15, TimeUnit.MINUTES)) {
                running.destroyForcibly();
                throw new AssertionError("nodes.sh " + String.join(" ", arguments) + " took over 15 minutes; see " + log);
            }
            if (running.exitValue() != 0) {
                throw new AssertionError("nodes.sh " + String.join(" ", arguments) + " failed (exit "
                        + running.exitValue() + "):\n" + tail());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
