package org.realtycrm.pipeline.control;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.entity.User;
import org.realtycrm.pipeline.entity.ExportPlatform;
import org.realtycrm.pipeline.entity.ListExport;
import org.realtycrm.pipeline.entity.ListPull;
import org.realtycrm.platform.storage.DocumentStore;

/**
 * Writes a list's file for a platform ({@link ExportWriter}) into the document store and records it, audited, in the
 * caller's transaction: for an administrator's "write the file", and for the run's own "export" step. The file goes
 * through a temporary file first (the store wants its length); a file whose record fails is deleted again.
 */
@ApplicationScoped
public class ExportFiles {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    ExportWriter writer;

    @Inject
    DocumentStore documents;

    @Inject
    ActivityRecorder activities;

    Clock clock = Clock.systemUTC();

    /** @param by who asked; {@code null} for the run of a list that arrived by itself */
    public ListExport write(ListPull pull, ExportPlatform platform, User by) {
        String key = "pipeline/exports/" + pull.getId() + "/" + UUID.randomUUID() + "-"
                + platform.name().toLowerCase(Locale.ROOT) + ".csv";
        DocumentStore.Written<ListExport.Counts> written = documents.putWritten(key, "text/csv",
                out -> writer.write(pull.getId(), platform, out));
        ListExport.Counts counts = written.answer();
        ListExport export = new ListExport(pull.getId(), platform, key, written.size(), counts,
                by == null ? null : by.getId(), clock.instant());
        try {
            em.persist(export);
            em.flush();
        } catch (RuntimeException notRecorded) {
            documents.delete(key); // no record, no file
            throw notRecorded;
        }
        activities.record(by, SubjectType.LIST_EXPORT, export.getId(), ActivityAction.LIST_EXPORTED,
                "List " + pull.getFileName() + " exported for " + platform + ": " + counts.rowsWritten()
                        + " rows of " + counts.owners() + " owners, " + counts.ownersLeftOut() + " left out, "
                        + counts.phonesSuppressed() + " phones held back", Map.of());
        return export;
    }

    /** Whether the list has a file for the platform already (the run's step writes each once, restart or not). */
    public boolean exists(long pullId, ExportPlatform platform) {
        return !em.createQuery("select e.id from ListExport e where e.pullId = :pull and e.platform = :platform",
                Long.class).setParameter("pull", pullId).setParameter("platform", platform).setMaxResults(1)
                .getResultList().isEmpty();
    }
}
