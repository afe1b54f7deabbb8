package org.realtycrm.platform.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the JVM has memory to work with; the database's state belongs to readiness, not liveness. */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    private static final double MAX_HEAP_USED = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double share = (double) used / runtime.maxMemory();
        return HealthCheckResponse.named("heap")
                .status(share < MAX_HEAP_USED)
                .withData("usedMegabytes", used / (1024 * 1024))
                .withData("maxMegabytes", runtime.maxMemory() / (1024 * 1024))
                .build();
    }
}
