package org.realtycrm.lead.control;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.realtycrm.lead.entity.ImportReject;
import org.realtycrm.lead.entity.ImportStatus;
import org.realtycrm.lead.entity.LeadImport;
import org.realtycrm.lead.entity.LeadImportRepository;
import org.realtycrm.lead.entity.LeadVisibility;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.sealing.FieldCiphers;

/**
 * Imports in JPA. The status changes are single guarded statements (a finished import never runs again) and join
 * the caller's transaction, or start one on the batch runtime's threads, which have none.
 */
@ApplicationScoped
public class JpaLeadImportRepository implements LeadImportRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    @Transactional
    public LeadImport add(LeadImport leadImport) {
        em.persist(leadImport);
        em.flush();
        return leadImport;
    }

    @Override
    public Optional<LeadImport> find(long id) {
        return Optional.ofNullable(em.find(LeadImport.class, id));
    }

    @Override
    public Page<LeadImport> list(LeadVisibility visibility, PageRequest page) {
        String owner = visibility.isRestricted() ? " where i.importedById in :owners" : "";
        TypedQuery<LeadImport> items = em.createQuery("select i from LeadImport i" + owner
                + " order by i.createdAt desc, i.id desc", LeadImport.class);
        TypedQuery<Long> total = em.createQuery("select count(i) from LeadImport i" + owner, Long.class);
        if (visibility.isRestricted()) {
            items.setParameter("owners", visibility.agentIds());
            total.setParameter("owners", visibility.agentIds());
        }
        return Page.of(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                total.getSingleResult(), page);
    }

    @Override
    public Page<ImportReject> rejects(long importId, PageRequest page) {
        List<ImportReject> items = ((List<?>) em.createNativeQuery("select line, kind, reason, original "
                        + "from lead_import_rejects where import_id = ?1 order by line")
                .setParameter(1, importId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList()).stream().map(JpaLeadImportRepository::reject).toList();
        long total = ((Number) em.createNativeQuery("select count(*) from lead_import_rejects where import_id = ?1")
                .setParameter(1, importId).getSingleResult()).longValue();
        return Page.of(items, total, page);
    }

    @Override
    public void forEachReject(long importId, Consumer<ImportReject> consumer) {
        em.createNativeQuery("select line, kind, reason, original from lead_import_rejects "
                        + "where import_id = ?1 order by line")
                .setParameter(1, importId)
                .setHint("org.hibernate.fetchSize", 1000)
                .getResultStream()
                .map(JpaLeadImportRepository::reject)
                .forEach(consumer);
    }

    /** The file's line is sealed: it holds the contact data the row failed to import. */
    private static ImportReject reject(Object row) {
        Object[] columns = (Object[]) row;
        return new ImportReject(((Number) columns[0]).longValue(), ImportReject.Kind.valueOf((String) columns[1]),
                (String) columns[2], FieldCiphers.current().open((String) columns[3]));
    }

    @Override
    @Transactional
    public void markRunning(long importId, long executionId, String runner) {
        em.createNativeQuery("update lead_imports set status = 'RUNNING', execution_id = ?2, runner = ?3, "
                        + "started_at = coalesce(started_at, now()), updated_at = now(), version = version + 1 "
                        + "where id = ?1 and status in ('QUEUED', 'RUNNING')")
                .setParameter(1, importId)
                .setParameter(2, executionId)
                .setParameter(3, runner)
                .executeUpdate();
    }

    @Override
    @Transactional
    public void recordTotalRows(long importId, long totalRows) {
        em.createNativeQuery("update lead_imports set total_rows = ?2, updated_at = now(), version = version + 1 "
                        + "where id = ?1")
                .setParameter(1, importId)
                .setParameter(2, totalRows)
                .executeUpdate();
    }

    @Override
    @Transactional
    public boolean markFinished(long importId, ImportStatus status, String failure) {
        if (!status.isFinished()) {
            throw new IllegalArgumentException(status + " is not a final status");
        }
        return em.createNativeQuery("update lead_imports set status = ?2, failure = ?3, finished_at = now(), "
                        + "updated_at = now(), version = version + 1 where id = ?1 and status in ('QUEUED', 'RUNNING')")
                .setParameter(1, importId)
                .setParameter(2, status.name())
                .setParameter(3, failure == null || failure.length() <= 500 ? failure : failure.substring(0, 500))
                .executeUpdate() == 1;
    }

    @Override
    public List<Long> unfinishedOf(String runner, long upToId) {
        return ((List<?>) em.createNativeQuery("select id from lead_imports where status in ('QUEUED', 'RUNNING') "
                        + "and runner = ?1 and id <= ?2 order by id")
                .setParameter(1, runner)
                .setParameter(2, upToId)
                .getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public Optional<LeadImport> lastCompleted() {
        return em.createQuery("select i from LeadImport i where i.status = :completed "
                        + "order by i.finishedAt desc, i.id desc", LeadImport.class)
                .setParameter("completed", ImportStatus.COMPLETED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public long lastId() {
        return ((Number) em.createNativeQuery("select coalesce(max(id), 0) from lead_imports").getSingleResult())
                .longValue();
    }

    @Override
    public Optional<LeadImport> lockUnfinished(long importId) {
        return em.createQuery("select i from LeadImport i where i.id = :id and i.status in :unfinished",
                        LeadImport.class)
                .setParameter("id", importId)
                .setParameter("unfinished", List.of(ImportStatus.QUEUED, ImportStatus.RUNNING))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // Hibernate: skip locked, another instance recovers it
                .getResultStream()
                .findFirst();
    }
}
