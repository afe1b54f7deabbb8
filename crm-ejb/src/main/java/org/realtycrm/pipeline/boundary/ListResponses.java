package org.realtycrm.pipeline.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.lead.entity.PhoneNumbers;
import org.realtycrm.pipeline.control.ListLeads;
import org.realtycrm.pipeline.control.ListResponseImport;
import org.realtycrm.pipeline.control.ResponseFile;
import org.realtycrm.pipeline.entity.ListPull;
import org.realtycrm.pipeline.entity.ListSource;
import org.realtycrm.pipeline.entity.PullStatus;
import org.realtycrm.platform.csv.CsvFormatException;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * Responses to a list's marketing (a file from a call-tracking line, a mail house or a dialer): recorded on the rows
 * they answer, their owners brought in as leads at once, hot by the scorecard's count of a response (ADMIN). The
 * rows a file names nobody in are reported with their line and reason; the others are recorded, all in one
 * transaction, and audited on the list.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ListResponses {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    ListResponseImport responses;

    @Inject
    PhoneNumbers phoneNumbers;

    @Inject
    ActivityRecorder activities;

    @Inject
    CurrentUser currentUser;

    /**
     * What a file of responses did.
     *
     * @param matched       responses that found the row they answer
     * @param owners        the owners (rows) they name
     * @param newResponders owners who had not responded before
     * @param rejected      the file's rows that name nobody, with their line and reason
     */
    public record Outcome(int matched, int owners, int newResponders, int leadsCreated, int leadsMerged,
            int withoutContact, List<Rejected> rejected) {
    }

    public record Rejected(long line, String reason) {
    }

    public Outcome record(long pullId, String fileName, InputStream csv) {
        ListPull pull = Optional.ofNullable(em.find(ListPull.class, pullId))
                .orElseThrow(() -> new RecordNotFoundException("list pull", pullId));
        if (pull.getStatus() != PullStatus.DONE) {
            // the run's own import would find the responders' rows taken, without their traced contacts
            throw new ConflictException("list " + pull.getFileName() + " is " + pull.getStatus()
                    + ": responses are recorded once its run is done");
        }
        ListSource source = em.find(ListSource.class, pull.getSourceId());
        ResponseFile file;
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
            file = ResponseFile.read(reader, phoneNumbers);
        } catch (CsvFormatException e) {
            throw new InvalidInputException("file", "is not a readable CSV file: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("the responses could not be read", e);
        }
        ListResponseImport.Recorded recorded = responses.record(new ListLeads.ListOrigin(pullId, pull.getFileName(),
                source.getName(), currentUser.id()), file);
        activities.record(currentUser.user(), SubjectType.LIST_PULL, pullId, ActivityAction.LIST_RESPONSES_RECORDED,
                "Responses to list " + pull.getFileName() + " recorded from " + fileName + ": " + recorded.matched()
                        + " matched " + recorded.owners() + " owners (" + recorded.newResponders() + " new), "
                        + recorded.imported().created() + " new leads, " + recorded.imported().merged()
                        + " merged; " + recorded.rejected().size() + " rejected", Map.of());
        return new Outcome(recorded.matched(), recorded.owners(), recorded.newResponders(),
                recorded.imported().created(), recorded.imported().merged(), recorded.imported().withoutContact(),
                recorded.rejected().stream().map(r -> new Rejected(r.line(), r.reason())).toList());
    }
}
