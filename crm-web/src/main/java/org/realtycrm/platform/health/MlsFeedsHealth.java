package org.realtycrm.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.realtycrm.mls.boundary.FeedFreshness;

/**
 * Each MLS feed's lag on the health page: seconds since its last successful sync, whether it runs, whether its
 * last sync failed.
 * Always UP: a lagging feed makes listings older, not the server unable to serve, so it must not take the node out
 * of a load balancer; alerts read the lag from here or from the {@code mls_feed_lag_seconds} metric.
 */
@Readiness
@ApplicationScoped
public class MlsFeedsHealth implements HealthCheck {

    @Inject
    FeedFreshness feeds;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("mls-feeds").up();
        feeds.all().forEach(feed -> {
            response.withData(feed.name() + ".enabled", feed.enabled());
            response.withData(feed.name() + ".lagSeconds", feed.lag() == null ? -1 : feed.lag().toSeconds());
            // whether it fails, not why: the error names addresses and settings, which the admin API shows
            response.withData(feed.name() + ".failing", feed.failing());
        });
        return response.build();
    }
}
