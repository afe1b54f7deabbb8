package org.realtycrm.pipeline.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.pipeline.control.ExportFiles;
import org.realtycrm.pipeline.control.ExportWriter;
import org.realtycrm.pipeline.entity.ExportPlatform;
import org.realtycrm.pipeline.entity.ListExport;
import org.realtycrm.pipeline.entity.ListPull;
import org.realtycrm.pipeline.entity.PullStatus;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.storage.DocumentContent;
import org.realtycrm.platform.storage.DocumentStore;

/**
 * A list's files for the marketing platforms (Meta, Google, Mailchimp, direct mail, a dialer): written from the
 * list's kept owners once its run is done, kept in the document store, downloaded from there, and in the audit trail
 * with what each holds. A dialer's file never holds a number a Do-Not-Call list holds: not when it is written, and
 * not when it is downloaded later.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ListExports {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    ExportWriter writer;

    @Inject
    ExportFiles files;

    @Inject
    DocumentStore documents;


    @Inject
    CurrentUser currentUser;


    /** Writes the list's file for the platform. */
    public ListExport export(long pullId, ExportPlatform platform) {
        ListPull pull = Optional.ofNullable(em.find(ListPull.class, pullId))
                .orElseThrow(() -> new RecordNotFoundException("list pull", pullId));
        if (pull.getStatus() != PullStatus.DONE) {
            throw new ConflictException("list " + pull.getFileName() + " is " + pull.getStatus()
                    + ": it is exported once its run is done");
        }
        return files.write(pull, platform, currentUser.user());
    }

    /** The list's exports, newest first. */
    public List<ListExport> exports(long pullId) {
        return em.createQuery("select e from ListExport e where e.pullId = :pull order by e.createdAt desc, e.id desc",
                ListExport.class).setParameter("pull", pullId).getResultList();
    }

    public ListExport find(long exportId) {
        return Optional.ofNullable(em.find(ListExport.class, exportId))
                .orElseThrow(() -> new RecordNotFoundException("list export", exportId));
    }

    /**
     * Copies the export's file to {@code out}. A dialer's file is checked again on its way out: a number put on a
     * Do-Not-Call list since the file was written (an opt-out this morning), or whose Registry data has grown too
     * old, is left out of every download.
     */
    public void copy(long exportId, OutputStream out) {
        ListExport export = find(exportId);
        try (DocumentContent content = documents.get(export.getDocumentKey())
                .orElseThrow(() -> new RecordNotFoundException("list export file", exportId))) {
            if (export.getPlatform() == ExportPlatform.DIALER) {
                writer.callableOnly(content.stream(), out);
            } else {
                content.stream().transferTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An address the browser fetches the file from directly (S3), or empty: then stream it ({@link #copy}). Never
     * for a dialer's file, which is checked again as it is sent.
     */
    public Optional<URI> temporaryUrl(long exportId) {
        ListExport export = find(exportId);
        return export.getPlatform() == ExportPlatform.DIALER ? Optional.empty()
                : documents.temporaryUrl(export.getDocumentKey(), Duration.ofMinutes(5));
    }
}
