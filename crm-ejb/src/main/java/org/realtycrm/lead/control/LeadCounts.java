package org.realtycrm.lead.control;

import java.util.EnumMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.realtycrm.lead.entity.LeadIntake;

/**
 * The counter {@code crm.leads.created{how="api|screen|import|demo|list|inbound"}} (Prometheus: {@code crm_leads_created_total}):
 * every lead stored, by every path, counted once its transaction has committed, so a rolled-back chunk or a refused
 * duplicate counts nothing. All four series exist from the start, at zero.
 * <p>
 * A CDI bean, not an EJB: an EJB's observer called after the commit had the container resume the finished transaction
 * around the call ("Invalid transaction passed to resume()"), and the leads of the API and the screens were never
 * counted.
 */
@ApplicationScoped
public class LeadCounts {

    public static final String CREATED = "crm.leads.created";

    @Inject
    MetricRegistry metrics;

    private final Map<LeadIntake, Counter> created = new EnumMap<>(LeadIntake.class);

    @PostConstruct
    void register() {
        Metadata metadata = Metadata.builder().withName(CREATED)
                .withDescription("Leads stored, by how they came in (label how: api, screen, import, demo)").build();
        for (LeadIntake how : LeadIntake.values()) {
            created.put(how, metrics.counter(metadata, new Tag("how", how.label())));
        }
    }

    /** Nothing to do: observing the start creates the bean, and with it the series ({@link #register()}). */
    public void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the bean exists now
    }

    public void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) LeadsCreated leads) {
        if (leads.count() > 0) {
            created.get(leads.how()).inc(leads.count());
        }
    }
}
