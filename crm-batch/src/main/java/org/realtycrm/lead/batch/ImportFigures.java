package org.realtycrm.lead.batch;

import java.util.OptionalDouble;

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
import org.realtycrm.lead.entity.LeadImport;
import org.realtycrm.lead.entity.LeadImportRepository;
import org.realtycrm.platform.metrics.RunDurations;

/**
 * The imports' figures: {@code crm.import.rows{outcome="imported|duplicate|invalid"}} counts the rows of every
 * committed chunk, and the gauge {@code crm.import.last.rows.per.second} is the speed of the import that completed
 * last (rows read over its time from start to end, -1 before any), read from the database, so it survives a
 * restart. The durations of both jobs of this package ({@link JobDurationListener}) are registered here too, so
 * that every series exists from the start.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ImportFigures {

    public static final String ROWS = "crm.import.rows";
    public static final String LAST_SPEED = "crm.import.last.rows.per.second";

    @Inject
    MetricRegistry metrics;

    @Inject
    LeadImportRepository imports;

    @Inject
    RunDurations durations;

    private Counter imported;
    private Counter duplicates;
    private Counter invalid;

    @PostConstruct
    void register() {
        Metadata rows = Metadata.builder().withName(ROWS).withDescription("Rows of CSV imports, by what became of "
                + "them (label outcome: imported, duplicate, invalid)").build();
        imported = metrics.counter(rows, new Tag("outcome", "imported"));
        duplicates = metrics.counter(rows, new Tag("outcome", "duplicate"));
        invalid = metrics.counter(rows, new Tag("outcome", "invalid"));
        metrics.gauge(Metadata.builder().withName(LAST_SPEED).withDescription("Rows per second of the import that "
                + "completed last, from its start to its end; -1 before any").build(),
                () -> imports.lastCompleted().map(LeadImport::rowsPerSecond).filter(OptionalDouble::isPresent)
                        .map(OptionalDouble::getAsDouble).orElse(-1.0));
        JobDurationListener.JOBS.forEach(durations::job);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportChunkStored chunk) {
        imported.inc(chunk.imported());
        duplicates.inc(chunk.duplicates());
        invalid.inc(chunk.invalid());
    }
}
