package org.realtycrm.lead.batch;

import org.realtycrm.platform.cluster.NodeName;

/**
 * The name of this node as the import job knows it ({@link NodeName}): after a crash, the node of that name restarts
 * its own imports (their uploaded files are on its disk).
 */
final class ImportRunner {

    private ImportRunner() {
    }

    static String name() {
        return NodeName.get();
    }
}
