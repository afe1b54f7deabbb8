package org.realtycrm.platform.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The name of this server among the nodes that share one database: recorded on what a node owns while it works
 * (an MLS feed's lease, a running CSV import, a timer's run), so that a node restarting after a crash takes back
 * only its own work, and two nodes never mistake each other's for their own.
 * <p>
 * {@code crm.node.name} (a JVM option, which server-config/provision.sh sets from {@code CRM_NODE_NAME}), else the
 * environment's {@code CRM_NODE_NAME}, else the host and Payara's instance name: two domains on one host need the
 * option, since both instances are called "server".
 */
public final class NodeName {

    public static final String PROPERTY = "crm.node.name";

    private NodeName() {
    }

    public static String get() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("CRM_NODE_NAME");
        }
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + System.getProperty("com.sun.aas.instanceName", "server");
    }
}
