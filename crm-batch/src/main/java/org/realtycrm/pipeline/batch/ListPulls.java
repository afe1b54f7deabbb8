package org.realtycrm.pipeline.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.pipeline.control.FileDropException;
import org.realtycrm.pipeline.control.ListPickup;
import org.realtycrm.pipeline.control.PullLedger;
import org.realtycrm.pipeline.entity.ListPull;
import org.realtycrm.pipeline.entity.ListSource;
import org.realtycrm.pipeline.entity.PullStatus;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RuleViolationException;

/**
 * Lists arriving by an administrator's hand: an upload to a source, a "look now" at a polled source, the restart of
 * a run that stopped. Each starts the list's run. Runs without a transaction: the pull must have committed before
 * the run, on another thread, reads it.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ListPulls {

    @Inject
    ListPickup pickup;

    @Inject
    PullLedger ledger;

    @Inject
    PullRuns runs;

    @Inject
    SourcePolling polling;

    @Inject
    CurrentUser caller;

    /** Stores the uploaded file as a list of the source and starts its run. */
    public ListPull upload(long sourceId, String fileName, InputStream content) {
        ListSource source = ledger.source(sourceId);
        Path spool = spool(content);
        try {
            long size = Files.size(spool);
            if (size == 0) {
                throw new InvalidInputException("file", "the file is empty");
            }
            ListPull pull;
            try (InputStream stored = Files.newInputStream(spool)) {
                pull = pickup.store(source, fileName, stored, size, caller.id());
            }
            runs.start(pull);
            return ledger.find(pull.getId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException ignored) {
                // a temporary file left behind is removed with the temporary folder
            }
        }
    }

    /** Looks at a polled source now; what it receives starts its runs. */
    public List<ListPull> pollNow(long sourceId) {
        ListSource source = ledger.source(sourceId);
        try {
            return polling.pollNow(source);
        } catch (FileDropException e) {
            throw new RuleViolationException("source " + source.getName() + " could not be read: " + e.getMessage());
        }
    }

    /** Runs a stopped list on from where it stopped. */
    public ListPull restart(long pullId) {
        ListPull pull = ledger.find(pullId);
        if (!pull.isRestartable()) {
            throw new ConflictException("list " + pull.getFileName() + " is " + pull.getStatus()
                    + (pull.getStatus() == PullStatus.DONE ? ": it is done" : ": only a stopped run restarts"));
        }
        try {
            runs.restart(pull, caller.id());
        } catch (JobRestartException | JobExecutionAlreadyCompleteException | NoSuchJobExecutionException
                | JobExecutionNotMostRecentException refused) {
            throw new ConflictException("list " + pull.getFileName() + " cannot be restarted now ("
                    + refused.getMessage() + "): try again in a moment");
        }
        return ledger.find(pullId);
    }

    /**
     * Resumes a list that this node was running when it went down, or whose run never began ({@link PullRecovery},
     * which has no caller identity). It lives here because Payara's batch runtime lets only the component that
     * started a job restart it. A list another node has claimed meanwhile is left alone.
     *
     * @return whether its run was started again
     */
    @PermitAll
    public boolean resume(long pullId) {
        Optional<ListPull> orphan = ledger.claimOrphan(pullId);
        orphan.ifPresent(pull -> {
            if (pull.getJobExecutionId() == null) {
                runs.start(pull);
            } else {
                runs.restart(pull, null);
            }
        });
        return orphan.isPresent();
    }

    private static Path spool(InputStream content) {
        try {
            Path file = Files.createTempFile("crm-list-upload", ".csv");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
