package org.realtycrm.integration.site;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.realtycrm.platform.site.SiteSettings;

/**
 * How many forms one address may send: {@code crm.site.form.per-address-per-hour}, refilled evenly over the hour.
 * Held by each node for the addresses it saw lately (the least recently seen are forgotten first), so behind a load
 * balancer that spreads one visitor over several nodes the limit is that many times higher; the core's own limit
 * on the website's source ({@code crm.rate-limit.intake.per-minute}) bounds all nodes together.
 */
@ApplicationScoped
public class SubmissionLimits {

    static final int ADDRESSES_HELD = 50_000;

    @Inject
    SiteSettings settings;

    private Map<String, Bucket> buckets;

    @PostConstruct
    void create() {
        buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > ADDRESSES_HELD;
            }
        };
    }

    /** Takes one form from the address's allowance: empty when allowed, else how long until the next is. */
    public synchronized Duration take(String address) {
        int perHour = settings.formsPerAddressPerHour();
        Bucket bucket = buckets.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }
}
