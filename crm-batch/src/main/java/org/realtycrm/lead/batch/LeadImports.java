package org.realtycrm.lead.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.lead.entity.ImportReject;
import org.realtycrm.lead.control.ImportAudit;
import org.realtycrm.lead.entity.LeadImport;
import org.realtycrm.lead.entity.LeadImportRepository;
import org.realtycrm.platform.csv.CsvExport;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * CSV imports of leads. Admins and agents may import: an admin's leads are routed round-robin among the agents
 * (like an admin's lead without an assignee), an agent's leads are the agent's own (like a lead an agent creates).
 * Everyone sees their own imports; admins see all of them.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
public class LeadImports {

    static final String JOB = "lead-import";

    private static final Logger LOG = Logger.getLogger(LeadImports.class.getName());

    @Inject
    LeadImportRepository imports;

    @Inject
    ImportFiles files;

    @Inject
    CurrentUser caller;

    @Inject
    ImportAudit audit;

    @Inject
    @ConfigProperty(name = ImportSettings.CHUNK_SIZE)
    int chunkSize;

    @Inject
    @ConfigProperty(name = ImportSettings.WRITERS)
    int writers;

    /**
     * Stores the upload, checks it and starts the job. Runs without a transaction: the file is copied first, and
     * the import row must have committed before the job, on another thread, looks for it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LeadImport start(String fileName, InputStream content) {
        long importer = caller.id();
        Path file = files.store(content);
        LeadImport created;
        try {
            files.check(file);
            created = audit.register(new LeadImport(fileName, file.toString(), file.toFile().length(), importer,
                    ImportRunner.name()));
        } catch (RuntimeException refused) {
            files.delete(file);
            throw refused;
        }
        Properties parameters = parameters(created.getId());
        JobLogContext.copyInto(parameters);
        long execution = BatchRuntime.getJobOperator().start(JOB, parameters);
        // strings: MessageFormat would group a number's digits ("1,024")
        LOG.log(Level.INFO, "Import {0} of {1} started (execution {2})",
                new Object[] {String.valueOf(created.getId()), created.getFileName(), String.valueOf(execution)});
        return imports.find(created.getId()).orElseThrow();
    }

    /**
     * Resumes an import that a crash left behind (see {@link ImportRecovery}, which has no caller identity). It lives
     * here because Payara's batch runtime lets only the component that started a job restart it.
     *
     * @param executionId its last execution, or {@code null} when the job never began
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resume(long importId, Long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (executionId == null) {
            operator.start(JOB, parameters(importId));
        } else {
            // still labelled with the upload's request, as its first execution was
            Properties parameters = parameters(importId);
            Properties before = operator.getParameters(executionId);
            for (String name : List.of(JobLogContext.REQUEST_ID, JobLogContext.USER)) {
                if (before != null && before.getProperty(name) != null) {
                    parameters.setProperty(name, before.getProperty(name));
                }
            }
            operator.restart(executionId, parameters);
        }
    }

    /** The job's parameters, the same for a start and for a restart after a crash. */
    private Properties parameters(long importId) {
        Properties parameters = new Properties();
        parameters.setProperty("importId", String.valueOf(importId));
        parameters.setProperty("chunkSize", String.valueOf(chunkSize));
        parameters.setProperty("writers", String.valueOf(writers));
        return parameters;
    }

    /** @throws RecordNotFoundException when it does not exist or is someone else's (for a non-admin) */
    public LeadImport find(long id) {
        return imports.find(id)
                .filter(found -> found.isVisibleTo(caller.leadVisibility()))
                .orElseThrow(() -> new RecordNotFoundException("import", id));
    }

    public Page<LeadImport> list(PageRequest page) {
        return imports.list(caller.leadVisibility(), page);
    }

    public Page<ImportReject> rejects(long id, PageRequest page) {
        return imports.rejects(find(id).getId(), page);
    }

    /** Every reject in line order, streamed to the consumer. */
    public void eachReject(long id, Consumer<ImportReject> consumer) {
        imports.forEachReject(find(id).getId(), consumer);
    }

    /**
     * The rejects report as CSV (UTF-8; columns line, kind, reason, original), streamed in line order: what the
     * API's download and the import screen's download both send, so a user can fix the rows and import them again.
     * Cells that a spreadsheet would run as a formula are neutralised ({@link CsvExport}).
     */
    public void writeRejectsCsv(long id, OutputStream output) throws IOException {
        try (CsvExport csv = CsvExport.to(output, "line", "kind", "reason", "original")) {
            eachReject(id, reject -> {
                try {
                    csv.row(reject.line(), reject.kind(), reject.reason(), reject.original());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
