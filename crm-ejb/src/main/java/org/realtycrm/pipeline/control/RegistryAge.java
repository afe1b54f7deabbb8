package org.realtycrm.pipeline.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.realtycrm.pipeline.entity.DncListKey;
import org.realtycrm.pipeline.entity.ListAreaCode;

/**
 * The gauge {@code crm.dnc.federal.age} (Prometheus {@code crm_dnc_federal_age_seconds}): how old the oldest National
 * Registry data is, in whole days (as seconds), counted in the brokerage's time zone, as the 31-day rule counts them;
 * -1 when no Registry data is loaded, -2 when the database cannot be read. Over 31 days, numbers of that area code
 * are not callable and scrubs holding them are refused; the alerts warn a few days before.
 */
@ApplicationScoped
public class RegistryAge {

    public static final String AGE = "crm.dnc.federal.age";

    private static final Logger LOG = Logger.getLogger(RegistryAge.class.getName());

    @Inject
    MetricRegistry metrics;

    @Inject
    DncListStore store;

    @Inject
    DoNotCallRegistry registry;

    @PostConstruct
    void register() {
        Metadata age = Metadata.builder().withName(AGE).withUnit(MetricUnits.SECONDS)
                .withDescription("Age of the oldest National Do Not Call Registry data loaded, in whole days as "
                        + "seconds; -1 when none is loaded").build();
        metrics.gauge(age, this, RegistryAge::seconds);
    }

    /** Nothing to do: observing the start creates the bean, and with it the gauge ({@link #register()}). */
    public void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the bean exists now
    }

    long seconds() {
        try {
            LocalDate today = registry.today();
            return store.stamps().stream()
                    .filter(areaCode -> areaCode.list().equals(DncListKey.FEDERAL))
                    .map(ListAreaCode::dataDate)
                    .min(LocalDate::compareTo)
                    .map(oldest -> ChronoUnit.DAYS.between(oldest, today) * 86_400)
                    .orElse(-1L);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "the Do-Not-Call lists cannot be read for the metric", e);
            return -2;
        }
    }
}
