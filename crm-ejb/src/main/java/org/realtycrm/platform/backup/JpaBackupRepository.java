package org.realtycrm.platform.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.platform.entity.Backup;
import org.realtycrm.platform.entity.BackupRepository;
import org.realtycrm.platform.entity.BackupStatus;

@ApplicationScoped
public class JpaBackupRepository implements BackupRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public void add(Backup backup) {
        em.persist(backup);
        em.flush(); // a second scheduled backup of the same day fails here, on the unique day
    }

    @Override
    public Optional<Backup> find(long id) {
        return Optional.ofNullable(em.find(Backup.class, id));
    }

    @Override
    public List<Backup> recent(int limit) {
        return em.createQuery("select b from Backup b order by b.startedAt desc, b.id desc", Backup.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Backup> stored() {
        return em.createQuery("select b from Backup b where b.status = :succeeded order by b.finishedAt desc",
                        Backup.class)
                .setParameter("succeeded", BackupStatus.SUCCEEDED)
                .getResultList();
    }

    @Override
    public Optional<Instant> lastSucceeded() {
        return Optional.ofNullable(em.createQuery("select max(b.finishedAt) from Backup b where b.status in "
                        + ":done", Instant.class)
                .setParameter("done", List.of(BackupStatus.SUCCEEDED, BackupStatus.DELETED))
                .getSingleResult());
    }

    @Override
    public List<Backup> running() {
        return em.createQuery("select b from Backup b where b.status = :running", Backup.class)
                .setParameter("running", BackupStatus.RUNNING)
                .getResultList();
    }

    @Override
    public int giveUpOnRunningSince(Instant startedBefore, String reason, Instant at) {
        return em.createQuery("update Backup b set b.status = :failed, b.error = :reason, b.finishedAt = :at, "
                        + "b.updatedAt = :at, b.version = b.version + 1 where b.status = :running and "
                        + "b.startedAt < :before")
                .setParameter("failed", BackupStatus.FAILED)
                .setParameter("reason", reason)
                .setParameter("at", at)
                .setParameter("running", BackupStatus.RUNNING)
                .setParameter("before", startedBefore)
                .executeUpdate();
    }

    @Override
    public boolean scheduledExists(LocalDate day) {
        return !em.createQuery("select b.id from Backup b where b.scheduledFor = :day", Long.class)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }
}
