package org.realtycrm.lead.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.audit.entity.Activity;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.identity.entity.User;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.persistence.NativeTimestamps;

/**
 * The creation entry of a lead that a CSV import stored. The import writes no entry per lead ({@link ImportAudit});
 * the lead's timeline shows instead the import's own "started" entry, told from the lead's side: which file, which
 * line, by whom, at the moment the lead was stored, and how the rules routed it (kept on the lead, the one part that
 * differs from lead to lead). A lead with a stored creation entry of its own (imported by a
 * version that audited each lead, even within an import resumed by this one) gets none here.
 */
@ApplicationScoped
public class ImportedLeadEntries {

    private static final String CREATION = """
            select a.id, l.created_at, i.id, i.file_name, l.import_line, a.actor_id, l.import_routing
              from leads l
              join lead_imports i on i.id = l.import_id
              join activities a on a.subject_type = 'LEAD_IMPORT' and a.subject_id = i.id
                               and a.action = 'LEAD_IMPORT_STARTED'
             where l.id = ?1
               and not exists (select 1 from activities own where own.lead_id = l.id and own.action = 'LEAD_CREATED')""";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /**
     * The lead's stored entries, newest first, with its creation by an import as the oldest: last on the last page,
     * and counted in the total.
     */
    public Page<Activity> withCreation(long leadId, Page<Activity> stored, PageRequest page) {
        Optional<Activity> creation = creationOf(leadId);
        if (creation.isEmpty()) {
            return stored;
        }
        List<Activity> items = new ArrayList<>(stored.items());
        long position = stored.total();
        if (position >= page.offset() && position < (long) page.offset() + page.size()) {
            items.add(creation.get());
        }
        return Page.of(items, stored.total() + 1, page);
    }

    Optional<Activity> creationOf(long leadId) {
        List<?> found = em.createNativeQuery(CREATION).setParameter(1, leadId).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) found.get(0);
        User importer = row[5] == null ? null : em.find(User.class, ((Number) row[5]).longValue());
        String summary = "Imported from " + row[3] + ", line " + row[4]
                + (importer == null ? "" : ", by " + importer.getName()) + " (import " + row[2] + ")"
                + (row[6] == null ? "" : ", " + row[6]);
        return Optional.of(Activity.standingFor(((Number) row[0]).longValue(), NativeTimestamps.instant(row[1]), importer, leadId,
                ActivityAction.LEAD_CREATED, summary));
    }
}
