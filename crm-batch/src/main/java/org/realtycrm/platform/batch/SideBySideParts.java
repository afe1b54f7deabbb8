package org.realtycrm.platform.batch;

import java.util.Properties;

import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;

/**
 * The partition plan of a step whose parts (of a file, recorded in a table of their own before any part runs) are
 * stored side by side, {@code writers} at a time. Each part learns its number as the partition property
 * {@code part}.
 * <p>
 * A restart runs every part afresh ({@code partitionsOverride}), and each part seeks to the position its last
 * committed chunk recorded in that table. The batch runtime's own restart of partitions is not used: Payara's jbatch
 * saves the number of partitions only when the step ends, so after a {@code kill -9} its restart fails in
 * {@code PartitionedStepControllerImpl.validateNumberOfPartitions}.
 */
public final class SideBySideParts {

    private SideBySideParts() {
    }

    /**
     * @param parts   how many parts were planned (at least 1)
     * @param writers how many to store at a time (one per database core is about right)
     */
    public static PartitionPlan plan(int parts, int writers) {
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(parts);
        plan.setThreads(Math.max(1, Math.min(writers, parts)));
        plan.setPartitionsOverride(true);
        Properties[] properties = new Properties[parts];
        for (int i = 0; i < parts; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("part", String.valueOf(i));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }
}
