package org.realtycrm.lead.boundary;

import java.util.EnumMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.realtycrm.lead.control.LeadsCreated;
import org.realtycrm.lead.entity.LeadIntake;

/**
 * The counter {@code crm.leads.created{how="api|screen|import|demo"}} (Prometheus: {@code crm_leads_created_total}):
 * every lead stored, by every path, counted once its transaction has committed, so a rolled-back chunk or a refused
 * duplicate counts nothing. All four series exist from the start, at zero.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
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

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) LeadsCreated leads) {
        if (leads.count() > 0) {
            created.get(leads.how()).inc(leads.count());
        }
    }
}
