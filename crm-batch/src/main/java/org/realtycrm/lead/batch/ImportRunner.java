package org.realtycrm.lead.batch;

/**
 * The name of this server instance as the import job knows it. Payara names each instance of a deployment group
 * uniquely ("server" for a single server); after a crash, the instance of that name restarts its own imports.
 */
final class ImportRunner {

    private ImportRunner() {
    }

    static String name() {
        return System.getProperty("com.sun.aas.instanceName", "server");
    }
}
