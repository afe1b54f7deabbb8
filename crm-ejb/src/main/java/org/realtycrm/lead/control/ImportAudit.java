package org.realtycrm.lead.control;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.entity.ImportStatus;
import org.realtycrm.lead.entity.LeadImport;
import org.realtycrm.lead.entity.LeadImportRepository;

/**
 * The audit trail of CSV imports: one entry when an import begins (who, which file) and one when it ends (how, with
 * its counts). An import writes no entry per lead: each lead links to its import and line, and its timeline shows
 * the import's first entry as its creation ({@link ImportedLeadEntries}). A million-row import is thus two entries,
 * not a million, which is most of what lets it store tens of thousands of leads a second.
 */
@ApplicationScoped
public class ImportAudit {

    @Inject
    ActivityRecorder activities;

    @Inject
    LeadImportRepository imports;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /**
     * Stores a new import with its "started" entry, in one transaction: an import never exists without the entry
     * that its leads' timelines stand on.
     */
    @Transactional
    public LeadImport register(LeadImport fresh) {
        LeadImport stored = imports.add(fresh);
        recordStart(stored);
        return stored;
    }

    /**
     * Records the "started" entry of an import resumed after a restart that lacks one (it began under a version that
     * audited each lead instead): the leads it stores from now on have no entry of their own.
     */
    @Transactional
    public void startedIfMissing(long importId) {
        Number entries = (Number) em.createNativeQuery("select count(*) from activities where subject_type = "
                        + "'LEAD_IMPORT' and subject_id = ?1 and action = 'LEAD_IMPORT_STARTED'")
                .setParameter(1, importId).getSingleResult();
        if (entries.longValue() == 0) {
            imports.find(importId).ifPresent(this::recordStart);
        }
    }

    private void recordStart(LeadImport leadImport) {
        User importer = em.find(User.class, leadImport.getImportedById());
        String routing = importer.getRole() == Role.ADMIN ? "routed round-robin among the active agents"
                : "assigned to the importer";
        activities.record(importer, SubjectType.LEAD_IMPORT, leadImport.getId(), ActivityAction.LEAD_IMPORT_STARTED,
                "Import " + leadImport.getId() + " of " + leadImport.getFileName() + " started ("
                        + leadImport.getSizeBytes() + " bytes), its leads " + routing, Map.of());
    }

    /** Ends the import as {@code status} and records the end, unless it had ended before (the end stays once). */
    @Transactional
    public void finish(long importId, ImportStatus status, String failure) {
        if (!imports.markFinished(importId, status, failure)) {
            return;
        }
        LeadImport done = imports.find(importId).orElseThrow();
        em.refresh(done);
        String counts = done.getImported() + " imported, " + done.getDuplicates() + " duplicates, "
                + done.getRejected() + " rejected of " + done.getRowsRead() + " rows";
        String summary = "Import " + importId + " of " + done.getFileName()
                + (status == ImportStatus.COMPLETED ? " completed: " + counts : " failed: " + failure + "; " + counts);
        activities.record(em.find(User.class, done.getImportedById()), SubjectType.LEAD_IMPORT, importId,
                ActivityAction.LEAD_IMPORT_FINISHED, summary, Map.of());
    }
}
